// CAPMOB Portal behaviour. Loaded as a file: the Content-Security-Policy forbids inline scripts.
(function () {
    'use strict';

    // htmx requests that change state carry the CSRF token, like forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // Buttons and forms with data-confirm="…" ask before going on (used for deletes and deactivations).
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var message = form.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    }, true);

    // Copy buttons: data-copy-target="#id" copies the element's value or text.
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy-target]');
        if (!button) {
            return;
        }
        var target = document.querySelector(button.getAttribute('data-copy-target'));
        if (target && navigator.clipboard) {
            navigator.clipboard.writeText(target.value || target.textContent.trim());
            button.classList.add('btn-success');
        }
    });
})();

// City picker (templates/geo/cities.html): choosing a result fills the hidden city id and the search box;
// typing again clears the id until a city is chosen.
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var option = event.target.closest('[data-city-option]');
        if (!option) {
            return;
        }
        var picker = option.closest('[data-city-picker]');
        var hidden = picker.querySelector('[data-city-id]');
        hidden.value = option.getAttribute('data-city-id');
        picker.querySelector('[data-city-search]').value = option.getAttribute('data-city-label');
        option.parentElement.innerHTML = '';
        // lets a form that updates itself (hx-trigger="change") react to the choice
        hidden.dispatchEvent(new Event('change', {bubbles: true}));
    });
    document.addEventListener('input', function (event) {
        if (event.target.matches('[data-city-search]')) {
            event.target.closest('[data-city-picker]').querySelector('[data-city-id]').value = '';
        }
    });
})();
