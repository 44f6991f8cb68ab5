// Creates the offscreen document at once, as Nemawashi's service worker does, and answers `status` when its
// Worker has started.
let ready = false;
const created = chrome.offscreen.createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'bench floor' });
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (message.type === 'worker-started') ready = true;
  if (message.type === 'status') created.then(() => reply({ japaneseReady: ready, dictionaryError: null, dictionaryLoadMs: null }));
  return message.type === 'status';
});
