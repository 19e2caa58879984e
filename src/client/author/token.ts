/**
 * The author's GitHub token for proposing from the form: in sessionStorage (gone when the
 * browser closes) or, when the author asks, localStorage. Never in a URL, a draft or a log.
 */
const key = 'mot-author-token';

export function loadToken(): string | undefined {
	try {
		return window.sessionStorage.getItem(key) ?? window.localStorage.getItem(key) ?? undefined;
	} catch {
		return undefined;
	}
}

export function saveToken(token: string, remember: boolean): void {
	forgetToken();
	try {
		(remember ? window.localStorage : window.sessionStorage).setItem(key, token);
	} catch {
		// Storage disabled: the token lives in this page only (the caller keeps it).
	}
}

export function forgetToken(): void {
	try {
		window.sessionStorage.removeItem(key);
		window.localStorage.removeItem(key);
	} catch {
		// Nothing stored.
	}
}

/**
 * The sign-in box beside the output: paste a token, sign in, sign out; once signed in, the
 * "propose as a pull request" button calls `propose` with the token.
 */
export function startTokenSignIn(
	words: { empty: string; signedIn: string; signedOut: string },
	propose: (token: string, button: HTMLButtonElement) => Promise<void>,
): void {
	const input = document.getElementById('author-token-input') as HTMLInputElement | null;
	if (!input) return;
	const get = (id: string) => document.getElementById(id)!;
	const remember = get('author-token-remember') as HTMLInputElement;
	const status = get('author-token-status');
	const button = get('author-propose-pr') as HTMLButtonElement;
	let token = loadToken();
	const show = () => {
		get('author-token-in').hidden = Boolean(token);
		get('author-token-out').hidden = !token;
	};
	show();
	const signIn = () => {
		const value = input.value.trim();
		if (!value) {
			status.textContent = words.empty;
			input.focus();
			return;
		}
		token = value;
		saveToken(value, remember.checked);
		input.value = '';
		show();
		status.textContent = words.signedIn;
		button.focus();
	};
	get('author-sign-in').addEventListener('click', signIn);
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter') signIn();
	});
	get('author-sign-out').addEventListener('click', () => {
		token = undefined;
		forgetToken();
		show();
		status.textContent = words.signedOut;
		input.focus();
	});
	button.addEventListener('click', async () => {
		if (!token || button.disabled) return;
		button.disabled = true;
		try {
			await propose(token, button);
		} finally {
			button.disabled = false;
		}
	});
}
