/*
 * The Campaign dashboard's page script (admin section coop-campaign-dashboard): reads the dashboard's JSON from the
 * data-url of .coop-dashboard-body, draws the key figures, the hourly charts (ECharts) and the tables, and reads it
 * again every data-refresh seconds. Served by Broadleaf's /js/** resources from classpath:/extensions/js/.
 */
(function () {
    'use strict';
    var body = document.querySelector('.coop-campaign-dashboard .coop-dashboard-body');
    if (!body) { return; }
    var url = body.getAttribute('data-url');
    var every = Math.max(1, parseInt(body.getAttribute('data-refresh'), 10) || 2) * 1000;
    var charts = {};
    var polls = 0;

    function text(el, value) { el.textContent = value == null ? '' : String(value); }

    /** The key figures as tiles, updated in place (a tile keeps its element from one refresh to the next). */
    function kpis(table) {
        var list = body.querySelector('.coop-kpis');
        table.rows.forEach(function (row, i) {
            var li = list.children[i];
            if (!li || li.getAttribute('data-kpi') !== row[0]) {
                li = document.createElement('li');
                li.className = 'coop-kpi';
                li.setAttribute('data-kpi', row[0]);
                var label = document.createElement('span');
                label.className = 'coop-kpi-label';
                text(label, row[0]);
                var value = document.createElement('span');
                value.className = 'coop-kpi-value';
                li.appendChild(label);
                li.appendChild(value);
                list.insertBefore(li, list.children[i] || null);
            }
            text(li.querySelector('.coop-kpi-value'), row[1] === '' ? '\u2014' : row[1]);
        });
        while (list.children.length > table.rows.length) { list.removeChild(list.lastChild); }
    }

    var drawnTables = {};

    /** A table, redrawn only when its content changed. */
    function table(name, data) {
        var el = body.querySelector('table[data-table="' + name + '"]');
        var content = JSON.stringify(data);
        if (!el || drawnTables[name] === content) { return; }
        drawnTables[name] = content;
        var head = el.querySelector('thead'), rows = el.querySelector('tbody');
        head.innerHTML = '';
        rows.innerHTML = '';
        var tr = document.createElement('tr');
        data.header.forEach(function (h) { var th = document.createElement('th'); text(th, h); tr.appendChild(th); });
        head.appendChild(tr);
        if (data.rows.length === 0) {
            var empty = document.createElement('tr'), td = document.createElement('td');
            td.colSpan = data.header.length;
            text(td, 'Nothing to show for this range.');
            empty.className = 'coop-empty';
            empty.appendChild(td);
            rows.appendChild(empty);
        }
        data.rows.forEach(function (row) {
            var r = document.createElement('tr');
            r.className = 'coop-row';
            row.forEach(function (cell, i) {
                var td = document.createElement('td');
                text(td, cell);
                if (name === 'targets' && i === row.length - 1) {
                    td.className = cell === 'On track' ? 'coop-on-track' : 'coop-behind';
                }
                r.appendChild(td);
            });
            rows.appendChild(r);
        });
    }

    function chart(name, option) {
        if (!window.echarts) { return; }
        var el = body.querySelector('[data-chart="' + name + '"]');
        if (!charts[name]) { charts[name] = window.echarts.init(el); }
        charts[name].setOption(option, true);
        el.setAttribute('data-drawn', 'true');
    }

    function draw(d) {
        kpis(d.tables.kpis);
        ['targets', 'sellers', 'segments'].forEach(function (n) { table(n, d.tables[n]); });
        var hours = d.series.hours.map(function (h) { return h.substring(0, 13).replace('T', ' ') + ':00Z'; });
        var axis = {type: 'category', data: hours};
        chart('traffic', {
            title: {text: 'Impressions, clicks and add-to-carts per hour', textStyle: {fontSize: 13}},
            tooltip: {trigger: 'axis'}, legend: {top: 22}, grid: {top: 60, left: 50, right: 20, bottom: 60},
            dataZoom: [{type: 'slider'}], xAxis: axis, yAxis: {type: 'value'},
            series: [
                {name: 'Impressions', type: 'line', showSymbol: false, data: d.series.impressions},
                {name: 'Clicks', type: 'line', showSymbol: false, data: d.series.clicks},
                {name: 'Add to carts', type: 'line', showSymbol: false, data: d.series.addToCarts}
            ]
        });
        chart('sales', {
            title: {text: 'Orders, net revenue and discount spent per hour', textStyle: {fontSize: 13}},
            tooltip: {trigger: 'axis'}, legend: {top: 22}, grid: {top: 60, left: 60, right: 60, bottom: 60},
            dataZoom: [{type: 'slider'}], xAxis: axis,
            yAxis: [{type: 'value', name: 'Money'}, {type: 'value', name: 'Orders', minInterval: 1}],
            series: [
                {name: 'Revenue net', type: 'bar', data: d.series.revenueNet.map(Number)},
                {name: 'Discount spent', type: 'bar', data: d.series.discount.map(Number)},
                {name: 'Orders', type: 'line', yAxisIndex: 1, showSymbol: false, data: d.series.orders}
            ]
        });
        text(body.querySelector('.coop-dropped-count'), d.droppedEvents);
        text(body.querySelector('.coop-dashboard-status'), d.campaignName + ': figures as of ' + d.asOfShown);
        body.setAttribute('data-as-of', d.asOf || '');
        body.setAttribute('data-polls', String(++polls));
    }

    function refused(message) {
        var el = body.querySelector('.coop-dashboard-error');
        text(el, message);
        el.style.display = message ? '' : 'none';
    }

    function poll() {
        var request = new XMLHttpRequest();
        request.open('GET', url, true);
        request.setRequestHeader('Accept', 'application/json');
        request.onload = function () {
            var d = null;
            try { d = JSON.parse(request.responseText); } catch (e) { d = null; }
            if (request.status === 200 && d) {
                refused('');
                draw(d);
            } else {
                refused(d && d.error ? d.error : 'The figures could not be read just now; the page tries again.');
            }
            setTimeout(poll, every);
        };
        request.onerror = function () {
            refused('The figures could not be read just now; the page tries again.');
            setTimeout(poll, every);
        };
        request.send();
    }

    window.addEventListener('resize', function () {
        Object.keys(charts).forEach(function (k) { charts[k].resize(); });
    });
    poll();
})();
