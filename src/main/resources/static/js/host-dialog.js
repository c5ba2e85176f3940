// The new-host dialog of the mobility form (templates/hosts/dialog.html): the button opens the <dialog> (its content
// is loaded by htmx), the created host, or an existing one chosen among the duplicates, goes into the host picker,
// and the dialog closes with the focus back on the picker. Loaded as a file: the CSP forbids inline scripts.
(function () {
    'use strict';

    function dialogOf(element) {
        return element.closest('dialog') || document.getElementById(element.getAttribute('data-dialog-open'));
    }

    function pick(dialog, id, label) {
        var field = dialog.getAttribute('data-dialog-picker');
        var hidden = document.getElementById(field);
        var search = document.getElementById(field + 'Search');
        hidden.value = id;
        search.value = label;
        hidden.dispatchEvent(new Event('change', {bubbles: true}));
        dialog.close();
        search.focus();
    }

    document.addEventListener('click', function (event) {
        var opener = event.target.closest('[data-dialog-open]');
        if (opener) {
            dialogOf(opener).showModal();
            return;
        }
        var closer = event.target.closest('[data-dialog-close]');
        if (closer) {
            dialogOf(closer).close();
            return;
        }
        var existing = event.target.closest('[data-host-choose]');
        if (existing) {
            pick(dialogOf(existing), existing.getAttribute('data-host-id'), existing.getAttribute('data-host-label'));
        }
    });

    document.addEventListener('htmx:afterSwap', function (event) {
        var created = event.target.querySelector('[data-host-created]');
        var dialog = event.target.closest('dialog');
        if (created && dialog) {
            pick(dialog, created.getAttribute('data-host-id'), created.getAttribute('data-host-label'));
            return;
        }
        var first = dialog && event.target.querySelector('.is-invalid, input, select');
        if (first) {
            first.focus();
        }
    });
})();
