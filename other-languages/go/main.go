// Smoke test of the Go client that openapi-generator (go) builds from the spec.
// `make check-other-languages` builds it against the generated package (module
// example.com/transmitsms/transmitsms-go, replaced by the local directory) and runs it against the
// service named by TRANSMITSMS_BASE_URL, TRANSMITSMS_API_KEY and TRANSMITSMS_API_SECRET. It prints
// one PASS or FAIL line per check and exits non-zero when a check fails. Credentials are never
// printed.
package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"os"
	"regexp"
	"strings"
	"time"

	transmitsms "example.com/transmitsms/transmitsms-go"
)

const (
	recipient = "61491570156"
	timeout   = 15 * time.Second
)

type smoke struct{ passed, failed int }

func (s *smoke) pass(check, detail string) {
	s.passed++
	fmt.Printf("PASS %s: %s\n", check, detail)
}

func (s *smoke) fail(check, detail string) {
	s.failed++
	fmt.Printf("FAIL %s: %s\n", check, detail)
}

func required(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fmt.Printf("FAIL setup: %s is not set\n", name)
		os.Exit(2)
	}
	return value
}

func newClient(baseURL string) *transmitsms.APIClient {
	cfg := transmitsms.NewConfiguration()
	cfg.Servers = transmitsms.ServerConfigurations{{URL: baseURL}}
	// A request that hangs must fail the check, not the whole run.
	cfg.HTTPClient = &http.Client{Timeout: timeout}
	return transmitsms.NewAPIClient(cfg)
}

func withAuth(key, secret string) context.Context {
	return context.WithValue(context.Background(), transmitsms.ContextBasicAuth,
		transmitsms.BasicAuth{UserName: key, Password: secret})
}

// describe names an error by its HTTP status and the API's error block when there is one.
func describe(err error, response *http.Response) string {
	status := "no response"
	if response != nil {
		status = fmt.Sprintf("HTTP %d", response.StatusCode)
	}
	var apiErr *transmitsms.GenericOpenAPIError
	if errors.As(err, &apiErr) {
		if model, ok := apiErr.Model().(transmitsms.Error); ok {
			return fmt.Sprintf("%s %s: %s", status, model.Error.Code, model.Error.Description)
		}
		return fmt.Sprintf("%s: %s", status, strings.TrimSpace(string(apiErr.Body())))
	}
	return fmt.Sprintf("%s: %v", status, err)
}

func main() {
	baseURL := strings.TrimRight(required("TRANSMITSMS_BASE_URL"), "/")
	key := required("TRANSMITSMS_API_KEY")
	secret := required("TRANSMITSMS_API_SECRET")
	client := newClient(baseURL)
	ctx := withAuth(key, secret)
	s := &smoke{}

	balance, response, err := client.AccountAPI.GetBalance(ctx).Execute()
	switch {
	case err != nil:
		s.fail("get-balance", describe(err, response))
	case regexp.MustCompile(`^[A-Z]{3}$`).MatchString(balance.Currency):
		s.pass("get-balance", fmt.Sprintf("%v %s", balance.Balance, balance.Currency))
	default:
		s.fail("get-balance", fmt.Sprintf("unexpected answer %+v", balance))
	}

	sent, response, err := client.SMSAPI.SendSms(ctx).
		To(recipient).
		Message("Smoke test of the Go client generated from the Transmit SMS spec").
		Execute()
	switch {
	case err != nil:
		s.fail("send-sms", describe(err, response))
		sent = nil
	case sent.MessageId > 0 && sent.Recipients == 1:
		s.pass("send-sms", fmt.Sprintf("message %d to %s, %d part(s), cost %v", sent.MessageId, recipient, sent.Sms, sent.Cost))
	default:
		s.fail("send-sms", fmt.Sprintf("unexpected answer %+v", sent))
		sent = nil
	}

	if sent == nil {
		s.fail("get-sms", "not run: send-sms failed")
	} else {
		message, response, err := client.ReportingAPI.GetSms(ctx).MessageId(sent.MessageId).Execute()
		switch {
		case err != nil:
			s.fail("get-sms", describe(err, response))
		case message.MessageId == sent.MessageId && message.Recipients == sent.Recipients &&
			math.Abs(message.Cost-sent.Cost) < 1e-9:
			s.pass("get-sms", fmt.Sprintf("message %d: %d recipient(s), cost %v", message.MessageId, message.Recipients, message.Cost))
		default:
			s.fail("get-sms", fmt.Sprintf("does not describe the message sent: %+v", message))
		}
	}

	answer, response, err := client.AccountAPI.GetBalance(withAuth(key, secret+"-wrong")).Execute()
	detail := describe(err, response)
	switch {
	case err == nil:
		s.fail("bad-credentials", fmt.Sprintf("expected HTTP 401, got a balance %+v", answer))
	case response != nil && response.StatusCode == 401 && strings.Contains(detail, " AUTH_FAILED:"):
		s.pass("bad-credentials", detail)
	default:
		s.fail("bad-credentials", "expected HTTP 401 AUTH_FAILED, got "+detail)
	}

	fmt.Printf("%d passed, %d failed\n", s.passed, s.failed)
	if s.failed > 0 {
		os.Exit(1)
	}
}
