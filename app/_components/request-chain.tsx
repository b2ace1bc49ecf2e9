import { requestChain } from '@/content/ui/request-chain';

export type ChainLayer = { id: string; label: string; detail?: string };

/**
 * The request chain as a row of boxes: the browser, then each layer in front of the application.
 * `failingAfter` marks the handoff that failed (between that layer and the next) in colour, with
 * a dashed line and in words, so the picture never relies on colour alone.
 */
export function RequestChain({ layers, failingAfter, caption }: { layers: ChainLayer[]; failingAfter?: string; caption: string }) {
  return (
    <figure className="my-6">
      <ol className="flex flex-col items-stretch gap-0 sm:flex-row sm:items-center">
        {layers.map((layer, i) => {
          const failing = layers[i - 1]?.id === failingAfter;
          return (
            <li key={layer.id} className="flex flex-col items-center sm:flex-row">
              {i > 0 && (
                <span
                  className={`flex items-center justify-center px-2 py-1 text-sm sm:py-0 ${failing ? 'font-bold text-fail' : 'text-zinc-500'}`}
                >
                  <span aria-hidden="true" className={`inline-block h-5 w-0 border-l-2 sm:h-0 sm:w-8 sm:border-l-0 sm:border-t-2 ${failing ? 'border-dashed border-fail' : 'border-zinc-400'}`} />
                  {failing && <span className="ml-1 sm:ml-1">{requestChain.failsHere}</span>}
                </span>
              )}
              <span className={`rounded-lg border-2 px-3 py-2 text-center ${failing ? 'border-fail' : 'border-zinc-400 dark:border-zinc-600'}`}>
                <span className="block font-semibold">{layer.label}</span>
                {layer.detail && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{layer.detail}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      <figcaption className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{caption}</figcaption>
    </figure>
  );
}
