document.getElementById('root')!.textContent = 'Handoff Studio';
