// The allocation grid (templates/budget/project.html): live totals per item while the coordinator types. Each total
// is what the schools not shown keep (data-others, computed by the server for every school) plus the amounts typed
// in the rows shown; "left to allocate" is the granted amount less that total. Amounts are counted in cents.
// The server checks the same totals when the form is saved; this only shows them earlier.
(function () {
    'use strict';

    function cents(text) {
        var clean = String(text || '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
        if (clean === '') {
            return 0;
        }
        return /^-?\d+(\.\d{0,2})?$/.test(clean) ? Math.round(parseFloat(clean) * 100) : NaN;
    }

    function money(value) {
        var format = new Intl.NumberFormat(document.documentElement.lang || 'fr',
            {minimumFractionDigits: 2, maximumFractionDigits: 2});
        return format.format(value / 100) + ' €';
    }

    function update(form) {
        form.querySelectorAll('.allocation-total').forEach(function (cell) {
            var item = cell.getAttribute('data-item');
            var total = cents(cell.getAttribute('data-others'));
            form.querySelectorAll('.amount-input[data-item="' + item + '"]').forEach(function (input) {
                total += cents(input.value);
            });
            var left = form.querySelector('.allocation-left[data-item="' + item + '"]');
            if (isNaN(total)) {
                cell.textContent = '—';
                left.textContent = '—';
                return;
            }
            var remaining = cents(cell.getAttribute('data-granted')) - total;
            cell.textContent = money(total);
            left.textContent = money(remaining);
            left.classList.toggle('text-danger', remaining < 0);
            left.classList.toggle('fw-semibold', remaining < 0);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.getElementById('allocation-form');
        if (!form) {
            return;
        }
        var dirty = false;
        form.addEventListener('input', function (event) {
            if (event.target.classList.contains('amount-input')) {
                dirty = true;
                update(form);
            }
        });
        form.addEventListener('submit', function () {
            dirty = false;
        });
        // leaving (another filter, another page of schools, a link) with amounts typed and not saved: the browser asks first
        window.addEventListener('beforeunload', function (event) {
            if (dirty) {
                event.preventDefault();
                event.returnValue = form.getAttribute('data-unsaved') || '';
            }
        });
        update(form);
    });
})();
