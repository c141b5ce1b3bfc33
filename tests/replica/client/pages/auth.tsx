/** The sign-in form (/ap/signin) and the verification captcha (/ap/cvf). Neither really authenticates. */
import { useState } from 'react';

const returnTo = (): string => {
  const target = new URLSearchParams(location.search).get('openid.return_to');
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/home';
};

export function SignInPage() {
  return (
    <div className="sc-page" data-page="signin">
      <form className="sc-signin" name="signIn" method="post" onSubmit={(e) => { e.preventDefault(); location.assign(returnTo()); }}>
        <h1>Sign in</h1>
        <label htmlFor="ap_email">Email or mobile phone number</label>
        <input id="ap_email" name="email" type="email" autoComplete="username" />
        <label htmlFor="ap_password">Password</label>
        <input id="ap_password" name="password" type="password" autoComplete="current-password" />
        <kat-button variant="primary" id="signInSubmit" onClick={(e) => (e.currentTarget.closest('form') as HTMLFormElement | null)?.requestSubmit()}>
          Sign in
        </kat-button>
        <p className="sc-small sc-muted">By continuing, you agree to Amazon's Conditions of Use and Privacy Notice.</p>
      </form>
    </div>
  );
}

const CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ23456789';

export function CaptchaPage() {
  const [code] = useState(() => Array.from({ length: 6 }, () => CHARS[Math.floor(Math.random() * CHARS.length)] ?? 'X').join(''));
  const [answer, setAnswer] = useState('');
  const [wrong, setWrong] = useState(false);
  return (
    <div className="sc-page" data-page="captcha">
      <form className="sc-signin" id="cvf-form" onSubmit={(e) => {
        e.preventDefault();
        if (answer.trim().toUpperCase() === code) location.assign(returnTo()); else setWrong(true);
      }}>
        <h1>Solve this puzzle to protect your account</h1>
        <svg width="260" height="70" role="img" aria-label="Captcha image" style={{ background: '#f0f2f2', borderRadius: 4 }}>
          {[...code].map((ch, i) => (
            <text key={i} x={18 + i * 38} y={46 + (i % 2 ? 8 : -4)} fontSize="34" fontFamily="Georgia, serif"
              transform={`rotate(${(i % 3) * 9 - 9} ${30 + i * 38} 40)`} fill="#333">{ch}</text>
          ))}
          <path d="M5 40 C 60 10, 120 70, 255 25" stroke="#555" fill="none" strokeWidth="2" />
        </svg>
        <label htmlFor="cvf_captcha_input">Enter the characters as they are shown in the image.</label>
        <input id="cvf_captcha_input" name="cvf_captcha_input" value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} />
        {wrong && <kat-alert variant="danger">Enter the characters as they are given in the challenge.</kat-alert>}
        <kat-button variant="primary" onClick={(e) => (e.currentTarget.closest('form') as HTMLFormElement | null)?.requestSubmit()}>Continue</kat-button>
      </form>
    </div>
  );
}
