/**
 * How the protocol handlers reach the runner that the background owns (components/background/
 * campaign-runner.ts registers these at start-up). Handlers stay free of browser APIs; in unit tests the
 * hooks are simply absent.
 */
export interface CampaignRunnerHooks {
  /** look for due work now (after Resume, Run now, a saved campaign) */
  kick?(): void;
  /** look for holiday auto-replies now (new threads were stored, holiday settings saved) */
  holiday?(): void;
  /** a Seller Central page gave its CSRF token (content script, `session/csrf`) */
  csrf?(host: string, token: string): void;
}

let hooks: CampaignRunnerHooks = {};

export const setCampaignRunnerHooks = (next: CampaignRunnerHooks): void => { hooks = next; };
export const campaignRunnerHooks = (): CampaignRunnerHooks => hooks;
