// The storefront snippet (GET /snippet.js?w=<workspace>): keeps mr_cid from the landing URL in a
// first-party cookie on the store's domain for 30 days, so attribution survives a lost landing URL.
// On Shopify it writes mr_cid into the cart attributes (they arrive on the order as note_attributes)
// and reports the cart token to /t/checkout; on WooCommerce it adds a hidden mr_cid field to the
// checkout form (save it as order meta "mr_cid"). window.microreach.clickId() serves other stores.
export function snippetJs(origin: string, workspace: string): string {
  return `/* microreach storefront snippet */
(function () {
  var endpoint = ${JSON.stringify(`${origin}/t/checkout`)}, workspace = ${JSON.stringify(workspace)};
  var valid = /^[A-Za-z0-9_-]{8,64}$/;
  function cookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }
  var cid = new URLSearchParams(location.search).get('mr_cid');
  if (cid && valid.test(cid)) {
    document.cookie = 'mr_cid=' + cid + '; Max-Age=2592000; Path=/; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
  } else {
    cid = cookie('mr_cid');
  }
  if (!cid || !valid.test(cid)) return;
  window.microreach = { clickId: function () { return cid; } };
  function report(token) {
    if (!token) return;
    var body = JSON.stringify({ w: workspace, cid: cid, token: String(token) });
    if (navigator.sendBeacon) navigator.sendBeacon(endpoint, body);
    else fetch(endpoint, { method: 'POST', body: body, keepalive: true, mode: 'no-cors' });
  }
  if (window.Shopify) {
    fetch('/cart/update.js', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ attributes: { mr_cid: cid } }) })
      .then(function (r) { return r.json(); }).then(function (cart) { report(cart && cart.token); }).catch(function () {});
  }
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form || !form.matches || !form.matches('form.checkout, form.woocommerce-checkout')) return;
    var input = form.querySelector('input[name="mr_cid"]') || document.createElement('input');
    input.type = 'hidden'; input.name = 'mr_cid'; input.value = cid;
    form.appendChild(input);
  }, true);
})();
`;
}
