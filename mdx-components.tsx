import type { MDXComponents } from 'mdx/types';

// Required by @next/mdx. Step pages pass their own components (which know the person's setup)
// through the `components` prop; these are only the defaults.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
