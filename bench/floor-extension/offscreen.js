const worker = new Worker('worker.js');
worker.addEventListener('message', () => chrome.runtime.sendMessage({ type: 'worker-started' }));
