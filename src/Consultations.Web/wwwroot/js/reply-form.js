// "Same opinion for all texts": with scripts, fill every row at once without a round trip.
(function () {
    const button = document.querySelector('[data-fill-all]');
    const select = document.getElementById('AllChoice');
    if (!button || !select) {
        return;
    }
    button.addEventListener('click', function (event) {
        event.preventDefault();
        document.querySelectorAll('input[data-choice][value="' + select.value + '"]').forEach(function (radio) {
            radio.checked = true;
        });
        button.setAttribute('aria-pressed', 'true');
    });
})();
