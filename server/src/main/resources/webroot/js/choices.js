// Fixed vocabularies of the API (see the enums in /api/v1/openapi.json).
export const DISPLAY_CLASSES = ['hd-landscape', 'hd-portrait', 'eink-bw', 'eink-gray16', 'eink-bwr-label'];
export const ZONES = ['entrance', 'aisle', 'checkout', 'window', 'office'];
export const COMMAND_TYPES = ['reload', 'screenshot', 'restart', 'clear_cache', 'full_refresh'];
export const LANGUAGES = ['en', 'ar', 'he', 'fa', 'bg'];
export const RTL_LANGUAGES = new Set(['ar', 'he', 'fa']);

// The pairing-code template is what an unclaimed player shows itself; nobody authors slides with it.
export const SYSTEM_TEMPLATES = new Set(['pairing-code']);

export const ONLINE_WINDOW_MS = 2 * 60 * 1000;
