-- Credential stuffing: sign-ins for the bench SuperUser with a wrong password, no credential sent.
wrk.method = "POST"
wrk.path = "/api/auth/credentials"
wrk.headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
wrk.body = '{"userName":"bench@example.com","password":"not-the-password"}'
