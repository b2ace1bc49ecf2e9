import { analyze } from '@/lib/analyzer';

// The analyzer off the main thread: a 10 MB log never freezes the page, and the text stays here.
self.addEventListener('message', (event: MessageEvent<string>) => {
  self.postMessage(analyze(event.data));
});
