// The access token of a `handoff serve` that other computers can reach. The link
// carries it in the fragment (`/#token=T`, possibly with more parameters, as
// workshop links have), which the browser never sends to a server. It is taken
// once at start, kept in sessionStorage so a reload or `/?plan=…` in this tab still
// works, and removed from the address bar so it is not shown or copied along.
// Other modules that need the token ask accessToken(): the fragment no longer has it.

const STORAGE_KEY = 'handoff.accessToken';

let token: string | null | undefined;

/** The token this tab was opened with, or null (a loopback server needs none). */
export function accessToken(): string | null {
  if (token === undefined) {
    token = takeTokenFromAddress() ?? storedToken();
    // Pasting the link into a tab already on the server changes only the fragment,
    // which loads nothing: start again, so the page takes the new token.
    window.addEventListener('hashchange', () => {
      if (new URLSearchParams(window.location.hash.slice(1)).has('token')) window.location.reload();
    });
  }
  return token;
}

function takeTokenFromAddress(): string | null {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const fromLink = params.get('token');
  if (!fromLink) return null;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, fromLink);
  } catch {
    // Storage may be off (private modes, policies): the token still works until a reload.
  }
  params.delete('token');
  const url = new URL(window.location.href);
  // The query (`?plan=…`) and any other fragment parameters stay; '' drops the `#`.
  url.hash = params.toString();
  window.history.replaceState(window.history.state, '', url);
  return fromLink;
}

function storedToken(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
