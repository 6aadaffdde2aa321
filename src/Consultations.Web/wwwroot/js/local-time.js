// Adds the reader's local time beside each UTC time marked with data-local-time (or in it, when it has data-local-label).
(function () {
    document.querySelectorAll('time[data-local-time]').forEach(function (element) {
        const instant = new Date(element.getAttribute('datetime'));
        if (isNaN(instant)) {
            return;
        }
        const local = instant.toLocaleString(document.documentElement.lang || undefined, {
            dateStyle: 'long', timeStyle: 'long'
        });
        const label = element.getAttribute('data-local-label');
        if (label) {
            // The UTC time is stated beside it already: say the reader's time only.
            element.textContent = label + ' ' + local;
            return;
        }
        const span = document.createElement('span');
        span.className = 'text-muted';
        span.textContent = ' (' + local + ')';
        element.after(span);
    });
})();
