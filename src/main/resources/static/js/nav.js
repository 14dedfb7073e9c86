// Staff menus run to a dozen links: on a phone they fold behind a "Menu" button. Without JavaScript the menu
// simply stays open, so every page still reaches every link.
(function () {
  var nav = document.querySelector('.portal-nav');
  var toggle = nav && nav.querySelector('.portal-nav-toggle');
  if (!toggle) {
    return;
  }
  var active = nav.querySelector('#portal-nav-list a.active');
  if (active) {
    toggle.textContent = toggle.textContent + ' · ' + active.textContent;
  }
  nav.classList.add('portal-nav-folding');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var open = nav.classList.toggle('portal-nav-open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
})();
