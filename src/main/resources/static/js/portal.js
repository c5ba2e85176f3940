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

    // Copy buttons (templates/fragments/copy.html): data-copy-target="#id" copies the element's value or text and says
    // so in the status named by the button's aria-describedby; when the browser refuses the clipboard (no HTTPS, no
    // permission), the text is selected and the status says to press Ctrl+C.
    function copyStatus(button, text) {
        var status = document.getElementById(button.getAttribute('aria-describedby') || '');
        if (status && text) {
            status.textContent = text;
        }
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy-target]');
        if (!button) {
            return;
        }
        var target = document.querySelector(button.getAttribute('data-copy-target'));
        if (!target) {
            return;
        }
        var failed = function () {
            if (target.select) {
                target.focus();
                target.select();
            }
            copyStatus(button, button.getAttribute('data-copy-failed'));
        };
        if (!navigator.clipboard) {
            failed();
            return;
        }
        navigator.clipboard.writeText(target.value || target.textContent.trim()).then(function () {
            button.classList.add('btn-success');
            button.classList.remove('btn-outline-primary');
            copyStatus(button, button.getAttribute('data-copy-done'));
        }, failed);
    });
})();

// Type-ahead pickers (templates/fragments/picker.html, and the city picker of templates/geo/cities.html): choosing
// an answer fills the hidden id and the search box; typing again clears the id until an answer is chosen. The
// search box is a combobox: Down/Up move in the listbox, Enter chooses, Escape closes.
(function () {
    'use strict';
    var PICKER = '[data-picker],[data-city-picker]';
    var HIDDEN = '[data-picker-id],[data-city-id]:not([data-city-option])';
    var SEARCH = '[data-picker-search],[data-city-search]';
    var OPTION = '[data-picker-option],[data-city-option]';

    function options(picker) {
        return Array.prototype.slice.call(picker.querySelectorAll(OPTION));
    }

    function close(picker) {
        var list = picker.querySelector('[role="listbox"]');
        if (list) {
            list.innerHTML = '';
        }
        var search = picker.querySelector(SEARCH);
        search.setAttribute('aria-expanded', 'false');
        search.removeAttribute('aria-activedescendant');
    }

    // a picker of several (data-picker-multi): the choice becomes a chip with its hidden id and a remove button
    function addChip(picker, value, label) {
        var name = picker.getAttribute('data-picker-name');
        var list = picker.querySelector('.picker-chosen');
        var already = Array.prototype.some.call(list.querySelectorAll('[data-picker-chosen]'),
            function (input) { return input.value === value; });
        if (!already) {
            var item = document.createElement('li');
            item.className = 'badge text-bg-light border d-inline-flex align-items-center gap-1 text-wrap text-start fw-normal';
            var hidden = document.createElement('input');
            hidden.type = 'hidden';
            hidden.name = name;
            hidden.value = value;
            hidden.setAttribute('data-picker-chosen', '');
            var text = document.createElement('span');
            text.textContent = label;
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'btn-close';
            remove.setAttribute('data-picker-remove', '');
            remove.setAttribute('aria-label', picker.getAttribute('data-picker-remove-label') + ' ' + label);
            item.append(hidden, text, remove);
            list.appendChild(item);
        }
        var search = picker.querySelector(SEARCH);
        search.value = '';
        close(picker);
        search.focus();
        list.dispatchEvent(new Event('change', {bubbles: true}));
    }

    function choose(option) {
        var picker = option.closest(PICKER);
        if (picker.hasAttribute('data-picker-multi')) {
            addChip(picker, option.getAttribute('data-picker-value'), option.getAttribute('data-picker-label'));
            return;
        }
        var hidden = picker.querySelector(HIDDEN);
        hidden.value = option.getAttribute('data-picker-value') || option.getAttribute('data-city-id');
        var search = picker.querySelector(SEARCH);
        search.value = option.getAttribute('data-picker-label') || option.getAttribute('data-city-label');
        close(picker);
        search.focus();
        // lets a form that updates itself (hx-trigger="change") react to the choice
        hidden.dispatchEvent(new Event('change', {bubbles: true}));
    }

    function move(picker, step) {
        var all = options(picker);
        if (all.length === 0) {
            return;
        }
        var search = picker.querySelector(SEARCH);
        var current = all.findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
        var next = (current + step + all.length) % all.length;
        all.forEach(function (o, i) {
            if (!o.id) {
                o.id = search.id + '-option-' + i;
            }
            o.setAttribute('aria-selected', i === next ? 'true' : 'false');
            o.classList.toggle('active', i === next);
        });
        search.setAttribute('aria-activedescendant', all[next].id);
        all[next].scrollIntoView({block: 'nearest'});
    }

    document.addEventListener('click', function (event) {
        var remove = event.target.closest('[data-picker-remove]');
        if (remove) {
            var picker = remove.closest(PICKER);
            remove.closest('li').remove();
            picker.querySelector(SEARCH).focus();
            return;
        }
        var option = event.target.closest(OPTION);
        if (option && option.closest(PICKER)) {
            choose(option);
        }
    });
    document.addEventListener('input', function (event) {
        var hidden = event.target.matches(SEARCH) && event.target.closest(PICKER).querySelector(HIDDEN);
        if (hidden) {
            hidden.value = '';
        }
    });
    document.addEventListener('keydown', function (event) {
        if (!event.target.matches(SEARCH)) {
            return;
        }
        var picker = event.target.closest(PICKER);
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            move(picker, event.key === 'ArrowDown' ? 1 : -1);
        } else if (event.key === 'Enter') {
            var active = picker.querySelector(OPTION + '[aria-selected="true"]');
            if (active) {
                event.preventDefault();
                choose(active);
            }
        } else if (event.key === 'Escape') {
            close(picker);
        }
    });
    // an answer arrived: the combobox says whether its listbox shows anything
    document.addEventListener('htmx:afterSwap', function (event) {
        var picker = event.target.closest && event.target.closest(PICKER);
        if (picker) {
            picker.querySelector(SEARCH).setAttribute('aria-expanded', options(picker).length > 0 ? 'true' : 'false');
        }
    });
})();

// The exports page has one school picker for all its cards: the card sent carries the school chosen there.
document.addEventListener('submit', function (event) {
    var copy = event.target.querySelector && event.target.querySelector('[data-export-school-copy]');
    var shared = document.getElementById('exportSchool');
    if (copy && shared) {
        copy.value = shared.value;
    }
});

// Tables wider than their box scroll sideways: the scrolling box takes the keyboard focus (WCAG 2.1.1,
// axe scrollable-region-focusable) and is named after the table's caption or the nearest heading.
(function () {
    'use strict';
    function label(box) {
        var caption = box.querySelector('caption');
        if (caption) {
            return caption.textContent.trim();
        }
        var section = box.closest('section, main');
        var heading = section && section.querySelector('h1, h2, h3');
        return heading ? heading.textContent.trim() : '';
    }
    function focusable(root) {
        (root || document).querySelectorAll('.table-responsive').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth && !box.hasAttribute('tabindex')) {
                box.setAttribute('tabindex', '0');
                box.setAttribute('role', 'region');
                box.setAttribute('aria-label', label(box));
            }
        });
    }
    document.addEventListener('DOMContentLoaded', function () { focusable(document); });
    window.addEventListener('resize', function () { focusable(document); });
    document.addEventListener('htmx:afterSettle', function (event) { focusable(event.target); });
})();
