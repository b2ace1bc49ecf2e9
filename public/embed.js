/*
 * gateway-doctor embed: paste one line where the wizard should appear.
 *
 *   <script src="https://HOST/embed.js" async></script>
 *
 * Options, as attributes of that script tag:
 *   data-facts="role=owner&hosting=vps"   answers to start from (any facts of the wizard)
 *   data-theme="light|dark|auto"          colours (auto follows the reader's system)
 *   data-accent="#RRGGBB"                  the accent colour of links and buttons
 *
 * It inserts an iframe right after the script tag that always fits its content (the wizard
 * reports its height), and the wizard posts { type: "gateway-doctor:step", step, facts } and
 * { type: "gateway-doctor:outcome", cause } to this page (listen with window "message" events,
 * checking event.origin). The same events are dispatched on the iframe element as DOM
 * CustomEvents. No cookies; nothing else is loaded.
 */
(() => {
  const script = document.currentScript;
  if (!script?.src) return;
  const host = new URL(script.src).origin;
  const query = new URLSearchParams(script.getAttribute('data-facts') || '');
  const theme = script.getAttribute('data-theme');
  if (theme === 'light' || theme === 'dark') query.set('theme', theme);
  const accent = (script.getAttribute('data-accent') || '').replace(/^#/, '');
  if (/^[0-9a-fA-F]{6}$/.test(accent)) query.set('accent', accent.toLowerCase());
  query.set('origin', window.location.origin);

  const frame = document.createElement('iframe');
  frame.src = `${host}/embed?${query}`;
  frame.title = '502 Bad Gateway troubleshooter';
  // A sensible height until the wizard reports its own (or if its scripts cannot run: it then
  // scrolls inside this height).
  frame.style.cssText = 'display:block;width:100%;height:640px;border:0;color-scheme:normal;';
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', (event) => {
    if (event.origin !== host || event.source !== frame.contentWindow) return;
    const { type, ...detail } = event.data || {};
    if (type === 'gateway-doctor:resize' && typeof detail.height === 'number' && detail.height > 0) {
      frame.style.height = `${Math.min(Math.ceil(detail.height), 20000)}px`;
    } else if (type === 'gateway-doctor:step' || type === 'gateway-doctor:outcome') {
      frame.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
    }
  });
})();
