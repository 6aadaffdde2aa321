// Proposes the reply deadline from the meeting's first day: the eighth working day before it,
// leaving seven working days (Monday to Friday) in between (WTSA Res. 1, 9.4.1). The server applies the same rule.
(function () {
    const first = document.querySelector('input[name$="MeetingFirstDay"]');
    const deadline = document.querySelector('input[name$="DeadlineDate"]');
    const note = document.getElementById('deadline-proposal');
    if (!first || !deadline || !note) {
        return;
    }

    function proposed(meeting) {
        const day = new Date(meeting + 'T00:00:00Z');
        let found = 0;
        while (found < 8) {
            day.setUTCDate(day.getUTCDate() - 1);
            const weekday = day.getUTCDay();
            if (weekday !== 0 && weekday !== 6) {
                found++;
            }
        }
        return day.toISOString().substring(0, 10);
    }

    function update() {
        if (!first.value) {
            note.textContent = '';
            return;
        }
        const date = proposed(first.value);
        let text = note.dataset.proposedLabel + ' ' + date + '.';
        if (deadline.value && deadline.value !== date) {
            text += ' ' + note.dataset.differsLabel;
        }
        note.textContent = text;
        deadline.placeholder = date;
    }

    first.addEventListener('change', update);
    deadline.addEventListener('change', update);
    update();
})();
