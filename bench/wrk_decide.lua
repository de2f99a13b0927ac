-- wrk script: POST /api/v1/decide with a rotating set of realistic facts bodies.
-- Usage: wrk -t2 -c32 -d30s --latency -s bench/wrk_decide.lua http://127.0.0.1:8000
local bodies = {
  '{"channel":"phone","counterpart":"patient","replaces_visit":true,"medical_assessment":true,"same_day_visit_same_unit":false,"sob_program":false}',
  '{"channel":"phone","counterpart":"patient","medical_assessment":false,"same_day_visit_same_unit":false,"sob_program":false}',
  '{"channel":"video","counterpart":"patient","replaces_visit":true,"medical_assessment":true,"identity_verified":false,"sob_program":false}',
  '{"channel":"text","counterpart":"patient","replaces_visit":true,"medical_assessment":true,"sob_program":true,"journal_documented":true}',
  '{"channel":"text","counterpart":"representative","medical_assessment":false,"sob_program":false}',
  '{"channel":"phone","counterpart":"staff"}',
  '{"activity":"no_show","channel":"video"}',
  '{"activity":"self_report_form"}',
  '{"channel":"phone","counterpart":"patient","same_day_visit_same_unit":true,"sob_program":false}',
  '{}',
  '{"channel":"phone"}',
  '{"channel":"text","counterpart":"patient","contact_date":"2024-05-01"}',
}
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n + 1
  return wrk.format(nil, "/api/v1/decide", nil, bodies[(n % #bodies) + 1])
end
