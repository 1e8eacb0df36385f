/* Letopis: apply the remembered interface language and theme before first paint.
   An external classic script (not inline) so a strict Content-Security-Policy holds.
   The page is rendered in the configured language (<html data-ui>); src/client/ui.ts
   swaps the interface strings when the remembered choice differs. */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var ui = localStorage.getItem('letopis-ui');
    if (ui === 'ru' || ui === 'uk' || ui === 'en') {
      root.setAttribute('data-ui', ui);
      root.lang = ui;
    }
    var theme = localStorage.getItem('letopis-theme');
    if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  } catch (e) {
    /* storage disabled: defaults apply */
  }
})();
