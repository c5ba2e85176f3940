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
