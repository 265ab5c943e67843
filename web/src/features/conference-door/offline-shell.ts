// Registers the door page's service worker (public/door-sw.js, scope /conference/door) so the page
// opens again without a network, then hands it the assets this page loaded before the worker existed.
export async function keepDoorPageOffline(): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    await navigator.serviceWorker.register('/door-sw.js', { scope: '/conference/door' });
    const registration = await navigator.serviceWorker.ready;
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    registration.active?.postMessage({ type: 'cache', urls });
  } catch {
    // Without the worker the page still works online, and its scan queue still survives in storage.
  }
}
