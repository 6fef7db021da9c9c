/*
 * Copyright 2026 The Gigatile Authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * The viewer's only script: marks thumbnails that failed, and on an image page opens OpenSeadragon on the tile
 * source the page names. The viewer element's data-state, data-loaded and data-failed attributes tell how far
 * it got (loading, open, loaded, failed), for people and for the browser test alike.
 */
(function () {
  'use strict';
  document.querySelectorAll('img.thumb').forEach(function (img) {
    function broken() { img.classList.add('broken'); }
    if (img.complete && img.naturalWidth === 0) {
      broken();
    } else {
      img.addEventListener('error', broken);
    }
  });

  var box = document.getElementById('viewer');
  if (!box || typeof OpenSeadragon !== 'function') {
    return;
  }
  var loaded = 0, failed = 0;
  function state(name) {
    box.setAttribute('data-state', name);
    box.setAttribute('data-loaded', String(loaded));
    box.setAttribute('data-failed', String(failed));
  }
  var viewer = OpenSeadragon({
    element: box,
    prefixUrl: box.getAttribute('data-images'),
    tileSources: box.getAttribute('data-tiles'),
    showNavigator: true,
    maxZoomPixelRatio: 2
  });
  viewer.addHandler('tile-loaded', function () { loaded++; if (box.getAttribute('data-state') !== 'loaded') { state('open'); } });
  viewer.addHandler('tile-load-failed', function () { failed++; state('open'); });
  viewer.addHandler('open-failed', function () {
    state('failed');
    var note = document.createElement('p');
    note.className = 'message';
    note.textContent = 'The image could not be opened.';
    box.parentNode.insertBefore(note, box);
  });
  viewer.addHandler('open', function () {
    state('open');
    var item = viewer.world.getItemAt(0);
    // polled: 'fully-loaded-change' may fire before a handler could be added
    var poll = setInterval(function () {
      if (item.getFullyLoaded()) {
        clearInterval(poll);
        state('loaded');
      }
    }, 200);
  });
})();
