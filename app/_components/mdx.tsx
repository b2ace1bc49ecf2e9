import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import { Children, type ComponentProps, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { glossary } from '@/content/glossary';
import { fixes } from '@/content/ui/fixes';
import { variants } from '@/content/ui/variants';
import { type Facts, isFactKey } from '@/machines/facts';
import { CopyButton } from './copy-button';
import { OwnerMessage } from './owner-message';

/**
 * What the content may adapt to: the person's facts (with detected OS and browser filled in);
 * `showAll` for reference pages that show every setup; `afterFixes`, what to offer when no fix
 * of a cause helped (the next likely cause, or escalation).
 */
export type ContentSetup = { facts: Facts; showAll?: boolean; afterFixes?: ReactNode; external?: boolean };

type VariantProps = { label: string; children?: ReactNode } & Record<string, string | ReactNode>;

/** Marks one alternative inside <Variants>; rendered by its parent, never on its own. */
function Variant({ children }: VariantProps) {
  return <>{children}</>;
}

function matchesSetup(props: VariantProps, facts: Facts): boolean {
  const tests = Object.entries(props).filter(([key]) => isFactKey(key));
  return tests.every(([key, values]) => String(values).split(/\s+/).includes(String(facts[key as keyof Facts])));
}

/** Alternatives for different setups: the person's own first and open, the rest folded. */
function Variants({ children, setup }: { children?: ReactNode; setup: ContentSetup }) {
  const items = Children.toArray(children).filter(isValidElement) as ReactElement<VariantProps>[];
  // Reference pages fold every variant; the wizard opens the person's own.
  const mine = setup.showAll ? [] : items.filter((item) => matchesSetup(item.props, setup.facts));
  const others = items.filter((item) => !mine.includes(item));
  return (
    <div className="my-4 space-y-3">
      {mine.map((item) => (
        <div key={item.props.label} className="rounded border-l-4 border-accent bg-zinc-50 px-4 py-1 dark:bg-zinc-900">
          <p className="font-semibold">{item.props.label}</p>
          {item.props.children}
        </div>
      ))}
      {others.length > 0 && (
        <div className="not-prose space-y-1">
          {mine.length > 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">{variants.otherSetups}</p>}
          {others.map((item) => (
            <details key={item.props.label} className="rounded border border-zinc-300 px-3 py-2 dark:border-zinc-700">
              <summary className="cursor-pointer font-medium">{item.props.label}</summary>
              <div className="prose prose-zinc dark:prose-invert max-w-none">{item.props.children}</div>
            </details>
          ))}
        </div>
      )}
    </div>
  );
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** A command or config block with a Copy button. */
function CodeBlock(props: ComponentProps<'pre'>) {
  const text = textOf(props.children).replace(/\n$/, '');
  return (
    <div className="not-prose relative my-3">
      {/* Focusable, so a keyboard can scroll a long command sideways (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard. */}
      <pre tabIndex={0} className="overflow-x-auto rounded bg-zinc-900 p-3 pr-16 text-sm text-zinc-100 dark:bg-zinc-800" {...props} />
      <div className="absolute right-2 top-2">
        <CopyButton text={text} />
      </div>
    </div>
  );
}

function Kbd({ children }: { children?: ReactNode }) {
  return <kbd className="rounded border border-zinc-400 bg-zinc-100 px-1.5 py-0.5 font-mono text-sm dark:border-zinc-600 dark:bg-zinc-800">{children}</kbd>;
}

type FixProps = { title: string; effort?: keyof typeof fixes.effort; children?: ReactNode; n?: number; last?: boolean };

/**
 * One fix, in the order the content lists them (chance of success over effort), ending in "Did
 * that fix it?": yes goes to prevention, no to the next fix, and after the last to what comes next.
 * In-page links, so it works the same with JavaScript off.
 */
function Fix({ title, effort, children, n = 1, last = true }: FixProps) {
  return (
    <section id={`fix-${n}`} aria-labelledby={`fix-${n}-title`} className="my-4 scroll-mt-4 rounded border border-zinc-300 px-4 py-1 dark:border-zinc-700">
      <h3 id={`fix-${n}-title`} className="flex flex-wrap items-baseline justify-between gap-2">
        <span>
          {n}. {title}
        </span>
        {effort && <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{fixes.effort[effort]}</span>}
      </h3>
      {children}
      <p className="not-prose mb-3 flex flex-wrap items-center gap-3 print:hidden">
        <span className="font-medium">{fixes.didItWork}</span>
        <a href="#how-to-prevent" className="rounded border border-accent px-2 py-1 text-accent-strong underline">
          {fixes.yes}
        </a>
        <a href={last ? '#none-fixed' : `#fix-${n + 1}`} className="rounded border border-zinc-400 px-2 py-1 underline">
          {last ? fixes.whatNext : fixes.tryNext}
        </a>
      </p>
    </section>
  );
}

/** The list of fixes: numbers them, and offers what comes after the last one. */
function Fixes({ children, afterFixes }: { children?: ReactNode; afterFixes?: ReactNode }) {
  const items = Children.toArray(children);
  const isFix = (item: ReactNode): item is ReactElement<FixProps> => isValidElement(item) && item.type === Fix;
  const count = items.filter(isFix).length;
  let n = 0;
  return (
    <>
      {items.map((item) => {
        if (!isFix(item)) return item;
        n += 1;
        return cloneElement(item, { n, last: n === count });
      })}
      <section id="none-fixed" aria-labelledby="none-fixed-title" className="not-prose my-6 scroll-mt-4 rounded bg-zinc-100 px-4 py-3 dark:bg-zinc-900">
        <h3 id="none-fixed-title" className="font-semibold">
          {fixes.noneFixed}
        </h3>
        {afterFixes ?? (
          <p className="mt-1">
            <Link href="/diagnose?role=owner" prefetch={false} className="text-accent underline">
              {fixes.diagnose}
            </Link>{' '}
            {fixes.diagnoseWhy}
          </p>
        )}
      </section>
    </>
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Section headings get ids from their words, so "#how-to-prevent" and friends can be linked. */
function SectionHeading(props: ComponentProps<'h2'>) {
  return <h2 id={slug(textOf(props.children))} className="scroll-mt-4" {...props} />;
}

/** A glossary term, explained where it is used (a native tooltip, and a link to the glossary). */
function Term({ id, children, external }: { id: string; children?: ReactNode; external?: boolean }) {
  const entry = glossary[id];
  if (!entry) return <>{children}</>;
  return (
    <Link href={`/glossary#${id}`} prefetch={false} title={entry.definition} className="underline decoration-dotted" {...newTab(external)}>
      {children ?? entry.term}
    </Link>
  );
}

/** Inside the embed, links to the rest of the site open a new tab instead of replacing the wizard. */
export function newTab(external?: boolean) {
  return external ? { target: '_blank', rel: 'noopener' } : {};
}

function Anchor({ href = '', external, ...rest }: ComponentProps<'a'> & { external?: boolean }) {
  if (href.startsWith('#')) return <a href={href} {...rest} />;
  if (href.startsWith('/')) return <Link href={href} prefetch={false} {...rest} {...newTab(external)} />;
  return <a href={href} {...rest} {...newTab(external)} />;
}

/** The components MDX content may use, bound to the person's setup. */
export function contentComponents(setup: ContentSetup, extra: MDXComponents = {}): MDXComponents {
  return {
    Variants: (props: { children?: ReactNode }) => <Variants {...props} setup={setup} />,
    Variant,
    Kbd,
    Fix,
    Fixes: (props: { children?: ReactNode }) => <Fixes {...props} afterFixes={setup.afterFixes} />,
    h2: SectionHeading,
    OwnerMessage,
    Term: (props: { id: string; children?: ReactNode }) => <Term {...props} external={setup.external} />,
    pre: CodeBlock,
    a: (props: ComponentProps<'a'>) => <Anchor {...props} external={setup.external} />,
    ...extra,
  };
}
