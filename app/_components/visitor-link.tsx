'use client';

import Link from 'next/link';
import { type ComponentProps, useEffect, useState } from 'react';
import { detectClient } from '@/lib/detect-client';
import { type Facts, UNKNOWN } from '@/machines/facts';
import { hrefFor, SITE_VIEW, type View } from '../_lib/view';

type Props = Omit<ComponentProps<typeof Link>, 'href'> & { facts: Facts; view?: View };

/**
 * A link into the visitor's journey. The server renders it without the visitor's device, system
 * and browser (so the page is the same for everyone); once scripts run, it adds them from this
 * browser's User-Agent, so the next step is prefetched whole and opens at once instead of going
 * through proxy.ts's redirect. Without scripts the redirect fills them in.
 *
 * It is never prefetched before then: proxy.ts cannot tell Next's data requests from documents
 * (Next hides their headers from it), and a redirected prefetch loses the `_rsc` marker Next
 * checks, so it may never complete.
 */
export function VisitorLink({ facts, view = SITE_VIEW, prefetch, ...rest }: Props) {
  const [href, setHref] = useState(hrefFor(view, facts));
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    const detected = detectClient(navigator.userAgent);
    setHref(
      hrefFor(view, {
        ...facts,
        device: facts.device ?? detected.device,
        os: facts.os ?? detected.os ?? UNKNOWN,
        browser: facts.browser ?? detected.browser ?? UNKNOWN,
      }),
    );
    setComplete(true);
  }, [facts, view]);
  return <Link href={href} prefetch={complete ? prefetch : false} {...rest} />;
}
