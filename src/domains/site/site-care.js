// 关怀版: reads the page aloud through the browser's own speech synthesis. Loaded only in the care mode;
// without it (or without speech synthesis) the button stays hidden and the page reads as it is.
(() => {
  const button = document.querySelector('.read-aloud');
  const speech = window.speechSynthesis;
  if (!button || !speech || typeof SpeechSynthesisUtterance === 'undefined') return;
  const label = button.textContent;
  const lang = document.documentElement.lang || 'zh-CN';
  button.hidden = false;
  const stop = () => {
    speech.cancel();
    button.textContent = label;
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (speech.speaking) return stop();
    const main = document.getElementById('main');
    // innerText, not textContent: what is read is what is shown (hidden helper text and scripts are left out).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is wanted
    const text = (window.getSelection()?.toString() || main?.innerText || '').replace(label, '').trim();
    // Long pages are read a sentence group at a time: some engines stop after a few hundred characters.
    const parts = text.match(/[^。！？.!?\n]+[。！？.!?\n]*/g) || [];
    const chunks = [];
    for (const part of parts) {
      const last = chunks.length - 1;
      if (last >= 0 && chunks[last].length + part.length < 200) chunks[last] += part;
      else chunks.push(part);
    }
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = lang;
      if (i === chunks.length - 1) utterance.onend = stop;
      speech.speak(utterance);
    });
    button.textContent = button.dataset.stop || label;
    button.setAttribute('aria-pressed', 'true');
  });
  window.addEventListener('pagehide', () => speech.cancel());
})();
