// Adds the reader's local time beside each UTC time marked with data-local-time.
(function () {
    document.querySelectorAll('time[data-local-time]').forEach(function (element) {
        const instant = new Date(element.getAttribute('datetime'));
        if (isNaN(instant)) {
            return;
        }
        const local = instant.toLocaleString(document.documentElement.lang || undefined, {
            dateStyle: 'long', timeStyle: 'long'
        });
        const span = document.createElement('span');
        span.className = 'text-muted';
        span.textContent = ' (' + local + ')';
        element.after(span);
    });
})();
