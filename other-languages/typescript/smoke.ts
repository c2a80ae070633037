// Smoke test of the TypeScript client that openapi-generator (typescript-fetch) builds from the
// spec. `make check-other-languages` copies this file next to the generated client (./client),
// compiles both with tsc and runs the result against the service named by TRANSMITSMS_BASE_URL,
// TRANSMITSMS_API_KEY and TRANSMITSMS_API_SECRET. It prints one PASS or FAIL line per check and
// exits non-zero when a check fails. Credentials are never printed.
import {
    AccountApi,
    Configuration,
    ModelErrorFromJSON,
    ReportingApi,
    ResponseError,
    SMSApi,
    type SendSmsResponse,
} from "./client";

const RECIPIENT = "61491570156";
const TIMEOUT_MS = 15_000;

let passed = 0;
let failed = 0;

function pass(check: string, detail: string): void {
    passed += 1;
    console.log(`PASS ${check}: ${detail}`);
}

function fail(check: string, detail: string): void {
    failed += 1;
    console.log(`FAIL ${check}: ${detail}`);
}

function required(name: string): string {
    const value = process.env[name];
    if (!value) {
        console.log(`FAIL setup: ${name} is not set`);
        process.exit(2);
    }
    return value;
}

// A request that hangs must fail the check, not the whole run.
const fetchWithTimeout: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });

function configuration(baseUrl: string, key: string, secret: string): Configuration {
    return new Configuration({ basePath: baseUrl, username: key, password: secret, fetchApi: fetchWithTimeout });
}

async function describe(error: unknown): Promise<string> {
    if (error instanceof ResponseError) {
        const body = await error.response.text();
        try {
            const parsed = ModelErrorFromJSON(JSON.parse(body));
            return `HTTP ${error.response.status} ${parsed.error.code}: ${parsed.error.description}`;
        } catch {
            return `HTTP ${error.response.status}: ${body.slice(0, 200)}`;
        }
    }
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function main(): Promise<void> {
    const baseUrl = required("TRANSMITSMS_BASE_URL").replace(/\/+$/, "");
    const key = required("TRANSMITSMS_API_KEY");
    const secret = required("TRANSMITSMS_API_SECRET");
    const config = configuration(baseUrl, key, secret);

    try {
        const balance = await new AccountApi(config).getBalance();
        if (typeof balance.balance === "number" && /^[A-Z]{3}$/.test(balance.currency)) {
            pass("get-balance", `${balance.balance} ${balance.currency}`);
        } else {
            fail("get-balance", `unexpected answer ${JSON.stringify(balance)}`);
        }
    } catch (error) {
        fail("get-balance", await describe(error));
    }

    let sent: SendSmsResponse | undefined;
    try {
        sent = await new SMSApi(config).sendSms({
            to: RECIPIENT,
            message: "Smoke test of the TypeScript client generated from the Transmit SMS spec",
        });
        if (sent.messageId > 0 && sent.recipients === 1) {
            pass("send-sms", `message ${sent.messageId} to ${RECIPIENT}, ${sent.sms} part(s), cost ${sent.cost}`);
        } else {
            fail("send-sms", `unexpected answer ${JSON.stringify(sent)}`);
        }
    } catch (error) {
        fail("send-sms", await describe(error));
    }

    if (sent === undefined) {
        fail("get-sms", "not run: send-sms failed");
    } else {
        try {
            const message = await new ReportingApi(config).getSms({ messageId: sent.messageId });
            const same =
                message.messageId === sent.messageId &&
                message.recipients === sent.recipients &&
                Math.abs(message.cost - sent.cost) < 1e-9;
            if (same) {
                pass("get-sms", `message ${message.messageId}: ${message.recipients} recipient(s), cost ${message.cost}`);
            } else {
                fail("get-sms", `does not describe the message sent: ${JSON.stringify(message)}`);
            }
        } catch (error) {
            fail("get-sms", await describe(error));
        }
    }

    try {
        const answer = await new AccountApi(configuration(baseUrl, key, `${secret}-wrong`)).getBalance();
        fail("bad-credentials", `expected HTTP 401, got a balance ${JSON.stringify(answer)}`);
    } catch (error) {
        const detail = await describe(error);
        if (error instanceof ResponseError && error.response.status === 401 && detail.includes(" AUTH_FAILED:")) {
            pass("bad-credentials", detail);
        } else {
            fail("bad-credentials", `expected HTTP 401 AUTH_FAILED, got ${detail}`);
        }
    }

    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
    console.log(`FAIL smoke: ${String(error)}`);
    process.exitCode = 1;
});
