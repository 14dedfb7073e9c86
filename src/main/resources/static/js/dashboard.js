// Draws each dashboard figure's chart from the table under it (the table stays: it is the accessible,
// no-JavaScript version). Loaded with `defer`; no inline script, as the CSP allows only 'self'.
(function () {
  'use strict';
  var palette = ['#0b5394', '#e69138', '#6aa84f', '#cc0000', '#674ea7', '#45818e', '#bf9000', '#a64d79', '#3d85c6', '#999999'];

  function read(table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var labels = [];
    var series = headers.slice(1).map(function (name) { return { label: name, data: [] }; });
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (tr) {
      labels.push(tr.querySelector('th').textContent.trim());
      Array.prototype.forEach.call(tr.querySelectorAll('td'), function (td, i) {
        var v = td.getAttribute('data-value');
        series[i].data.push(v === null ? null : Number(v));
      });
    });
    return { labels: labels, series: series.filter(function (s) { return s.data.some(function (v) { return v !== null; }); }) };
  }

  function draw(box) {
    var table = document.getElementById(box.getAttribute('data-chart-for'));
    if (!table || typeof Chart === 'undefined') { return; }
    var kind = table.getAttribute('data-chart');
    var data = read(table);
    var type = kind === 'horizontal' ? 'bar' : kind;
    var datasets = data.series.map(function (s, i) {
      return {
        label: s.label, data: s.data,
        backgroundColor: type === 'doughnut' ? palette : palette[i % palette.length],
        borderColor: type === 'line' ? palette[i % palette.length] : undefined
      };
    });
    if (type === 'doughnut') { datasets = datasets.slice(0, 1); }
    new Chart(box.querySelector('canvas'), {
      type: type,
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        indexAxis: kind === 'horizontal' ? 'y' : 'x',
        plugins: { legend: { position: 'bottom' } },
        scales: type === 'doughnut' ? {} : { x: { ticks: { autoSkip: true } }, y: { beginAtZero: true } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart-for]'), draw);
  });
}());
