/** An http(s) URL, or a root-relative path to a self-hosted copy or a first-party proxy. */
export const SCRIPT_URL = /^(https?:\/\/[^\s"'<>]+|\/[^\s"'<>]*)$/;
export const SCRIPT_URL_EXPECTED = 'an http(s) URL or a path starting with "/"';
