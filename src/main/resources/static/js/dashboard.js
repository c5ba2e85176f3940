// Impact dashboard: draws each <canvas class="dashboard-chart"> with Chart.js from its data attributes
// (labels and the learners' and staff's series as JSON arrays, the same figures as the table below it).
(function () {
    'use strict';

    function draw(canvas) {
        var labels = JSON.parse(canvas.dataset.labels || '[]');
        var learners = JSON.parse(canvas.dataset.learners || '[]');
        var staff = JSON.parse(canvas.dataset.staff || '[]');
        var horizontal = canvas.dataset.horizontal === 'true';
        // eslint-disable-next-line no-undef
        return new Chart(canvas, {
            type: 'bar',
            data: {
                labels: labels,
                datasets: [
                    {label: canvas.dataset.learnersLabel, data: learners, backgroundColor: '#3182bd'},
                    {label: canvas.dataset.staffLabel, data: staff, backgroundColor: '#fd8d3c'}
                ]
            },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {
                    x: {stacked: true, ticks: horizontal ? {precision: 0} : {autoSkip: true, maxRotation: 60}},
                    y: {stacked: true, ticks: horizontal ? {autoSkip: false, font: {size: 10}} : {precision: 0}}
                },
                plugins: {legend: {position: 'bottom'}}
            }
        });
    }

    function init() {
        if (typeof window.Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('canvas.dashboard-chart').forEach(function (canvas) {
            canvas.chart = draw(canvas);
            canvas.dataset.drawn = 'true';
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
