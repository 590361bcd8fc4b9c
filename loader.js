// The widget's start-up loader, loaded by index.html before the SDK script (and served beside it).
//
// AgentDesktop relays an event only to the callbacks bound when it arrives, so the SDK script loads in
// parallel with the wasm, and the moment it has run this loader binds a queueing callback the guide's way
// (unbind, then bind). The widget takes the queue in the same task as it binds its own callback, delivers
// what waited, in order, and this callback is unbound. Meanwhile the loader draws the start-up shell (the
// status bar), starts the request for the deployment's configuration, and, should the widget not start,
// says so.
//
// Interface: `window.__agentdesktopWidgetLoader`, read by the widget through one typed block
// (crates/agentdesktop-sdk/src/loader.rs):
//   state            'loading' | 'bound' | 'loaded' (ran, but could not be bound) | 'failed' | 'late' | 'taken'
//   ready            Promise settling with the state once the SDK script has loaded, failed or come late
//   take()           the widget takes over: the queueing callback keeps nothing more; where it was bound,
//                    it is unbound and answers {queue, lost} (the payloads in order, and how many more came
//                    than it could keep); otherwise null
//   watchForLate(fn) while the script is still loading and the simulator is window.AGENTDESKTOP: should
//                    the script arrive, keep the real SDK aside as lateSdk, put the simulator back, call fn;
//                    answers whether it watches
//   stopWatching()   no more calls to that fn
//   config           Promise of the configuration file, never rejecting: {url, text}, {url, missing}
//                    (no config.json: the defaults, silently) or {url, error, status}, the error a reason
//                    code ('origin', 'timeout', 'network', 'status' with the HTTP status) that the widget
//                    words in the agent's language (src/config/load.rs)
// Used by index.html only: loaded(), failed() (the SDK script tag's onload and onerror), paintShell().
(function () {
  var loader = (window.__agentdesktopWidgetLoader = { state: 'loading', queue: [], lost: 0 });
  var settle;
  loader.ready = new Promise(function (resolve) { settle = resolve; });
  loader.callback = function (jqEvent, data) {
    // Inert once the widget has taken over (it unbinds this callback then).
    if (loader.taken) return;
    // Bounded, in case the wasm never starts; the widget reports how many were lost.
    if (loader.queue.length < 100000) loader.queue.push(data); else loader.lost += 1;
  };
  loader.loaded = function () {
    if (loader.simulator) {
      loader.lateSdk = window.AGENTDESKTOP;
      window.AGENTDESKTOP = loader.simulator;
      loader.state = 'late';
      settle(loader.state);
      if (loader.onlate) loader.onlate();
      return;
    }
    try {
      window.AGENTDESKTOP.WIDGET.unbindContactCallback(loader.callback);
      window.AGENTDESKTOP.WIDGET.bindContactCallback(loader.callback);
      loader.state = 'bound';
      loader.paintShell();
    } catch (error) {
      loader.state = 'loaded';
      loader.error = String(error);
    }
    settle(loader.state);
  };
  loader.failed = function () { loader.state = 'failed'; settle(loader.state); };

  loader.take = function () {
    loader.taken = true;
    if (loader.state !== 'bound') return null;
    var taken = { queue: loader.queue, lost: loader.lost };
    loader.queue = [];
    loader.lost = 0;
    loader.state = 'taken';
    // Should the unbinding fail, the callback stays inert: it keeps nothing once taken.
    try { window.AGENTDESKTOP.WIDGET.unbindContactCallback(loader.callback); } catch (error) { /* inert */ }
    return taken;
  };
  loader.watchForLate = function (onlate) {
    var simulator = window.AGENTDESKTOP;
    if (loader.state !== 'loading' || !simulator || typeof simulator !== 'object') return false;
    loader.simulator = simulator;
    loader.onlate = onlate;
    return true;
  };
  loader.stopWatching = function () { loader.onlate = undefined; };

  // The shell's status bar (index.html) says AgentDesktop is there once its events are being kept. The
  // SDK may run before the body is parsed, so the shell calls this too; gone once the widget shows.
  // Hidden until then: a "connecting" flashing for a moment says nothing. Shown connecting only when the
  // SDK takes longer than that. With ?simulator=1 (src/config/mod.rs: 1, true or empty) the widget will
  // not use the SDK: the shell says nothing of it.
  var forced = ['1', 'true', ''].indexOf(new URLSearchParams(location.search).get('simulator')) >= 0;
  loader.paintShell = function (late) {
    var shell = document.getElementById('ad-shell');
    var bar = document.getElementById('ad-shell-status');
    if (!shell || !bar) return;
    if (loader.state === 'bound' && !forced) bar.setAttribute('data-mode', 'agentdesktop');
    if (late || bar.getAttribute('data-mode') === 'agentdesktop') shell.hidden = false;
  };
  setTimeout(function () { loader.paintShell(true); }, 300);

  // A start that fails says so: when the widget has not taken the shell's place a few seconds after the
  // page has loaded (its wasm could not be fetched or compiled, or its start panicked), the shell shows
  // why, in both languages, with a reload button. The queue keeps filling meanwhile; should the widget
  // start after all, it takes the queue as usual and its first render removes the shell, this message with it.
  var reason = '';
  function startFailed() {
    var shell = document.getElementById('ad-shell');
    if (!shell || document.getElementById('ad-start-failure')) return;
    var box = document.createElement('div');
    box.id = 'ad-start-failure';
    box.className = 'ad-start-failure';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'start-failure');
    var it = document.createElement('p');
    it.lang = 'it';
    it.textContent = 'Il widget non si è avviato. Ricarica la pagina; se si ripete, avvisa l\u2019amministratore.';
    var en = document.createElement('p');
    en.lang = 'en';
    en.textContent = 'The widget did not start. Reload the page; if it happens again, tell your administrator.';
    box.appendChild(it);
    box.appendChild(en);
    if (reason) {
      var why = document.createElement('p');
      why.className = 'reason';
      why.textContent = reason;
      box.appendChild(why);
    }
    var reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Ricarica / Reload';
    reload.onclick = function () { location.reload(); };
    box.appendChild(reload);
    shell.appendChild(box);
    shell.removeAttribute('aria-busy');
    shell.hidden = false;
  }
  function failure(text) {
    if (!reason && text) reason = String(text).slice(0, 300);
    // A failure reported while the widget is still to come: said unless the widget shows in a moment.
    setTimeout(startFailed, 1000);
  }
  window.addEventListener('error', function (event) {
    failure(event.message || (event.error && String(event.error)));
  });
  window.addEventListener('unhandledrejection', function (event) {
    var why = event.reason;
    failure(why && why.message ? why.message : String(why));
  });
  window.addEventListener('load', function () { setTimeout(startFailed, 5000); });

  // The deployment's configuration (src/config/): config.json beside this page, or ?config=URL on the
  // same origin, requested now so it is there when the wasm starts.
  loader.config = (function () {
    var asked = new URLSearchParams(location.search).get('config');
    var url = asked === null ? 'config.json' : asked;
    var target;
    try { target = new URL(url, location.href); } catch (error) { target = null; }
    if (!target || target.origin !== location.origin) {
      return Promise.resolve({ url: url, error: 'origin' });
    }
    var request = fetch(target.href, { cache: 'no-cache', credentials: 'same-origin' }).then(function (response) {
      if (response.status === 404 && asked === null) return { url: url, missing: true };
      if (!response.ok) return { url: url, error: 'status', status: response.status };
      return response.text().then(function (text) { return { url: url, text: text }; });
    }).catch(function () { return { url: url, error: 'network' }; });
    var timeout = new Promise(function (resolve) {
      setTimeout(function () { resolve({ url: url, error: 'timeout' }); }, 2000);
    });
    return Promise.race([request, timeout]);
  })();
})();
