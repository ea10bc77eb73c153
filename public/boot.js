/*
 * Runs before the page paints (a classic script in <head>, allowed by the Content Security Policy as
 * our own file). index.html holds the start page in bokmål, prerendered at build time. When the app
 * will show something else (a link with answers, or another language), that prerendered page is hidden
 * until the app has drawn the right one, so it neither flashes nor shifts.
 * The language choice mirrors preferredLocale in src/ui/messages/messages-context.tsx.
 */
(function () {
  var params = new URLSearchParams(window.location.search);
  var onlyLanguage = true;
  params.forEach(function (_value, key) {
    if (key !== 'lang') onlyLanguage = false;
  });
  var lang = params.get('lang');
  if (lang !== 'nb' && lang !== 'nn' && lang !== 'en') {
    lang = 'nb';
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < preferred.length; i++) {
      var primary = String(preferred[i]).toLowerCase().split(/[-_]/)[0];
      if (primary === 'nn' || primary === 'nno') { lang = 'nn'; break; }
      if (primary === 'nb' || primary === 'no' || primary === 'nob') { lang = 'nb'; break; }
      if (primary === 'en') { lang = 'en'; break; }
    }
  }
  if (!onlyLanguage || lang !== 'nb') document.documentElement.classList.add('prerender-stale');
})();
