import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Amazon API Gateway in front of AWS Lambda. API Gateway answers any function failure with the same
 * short body (`{"message": "Internal server error"}`, 502 for a Lambda proxy integration), so the
 * reason is in the function's own log (REPORT lines, "Task timed out…") or the execution log.
 */

const PROXY_OUTPUT =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format';
const APIGW_502 = 'https://repost.aws/knowledge-center/malformed-502-api-gateway';
const LAMBDA_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-execution.html';
const LAMBDA_LOGS = 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html';

const apigw = { layer: 'platform', vendor: 'aws-api-gateway' } as const;
const lambda = { layer: 'platform', vendor: 'aws-api-gateway', responder: RESPONDER.log, weight: WEIGHT.errorLog } as const;

export const awsLambdaRules: Rule[] = [
  {
    ...apigw,
    id: 'aws-api-gateway.error-body',
    anchors: ['Internal server error'],
    pattern: /^\s*\{\s*"message"\s*:\s*"Internal server error"\s*\}\s*$/i,
    meaning:
      "API Gateway's own error body: the function behind it failed, timed out, or returned a response in the wrong shape. The function's log says which.",
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { hosting: 'serverless' },
    source: APIGW_502,
  },
  {
    ...apigw,
    id: 'aws-api-gateway.error-type',
    anchors: [header('x-amzn-errortype')],
    pattern: headerPattern('x-amzn-errortype'),
    meaning: 'x-amzn-errortype: API Gateway made this error response itself.',
    responder: RESPONDER.errorHeader,
    weight: WEIGHT.header,
    facts: { hosting: 'serverless' },
    source: APIGW_502,
  },
  {
    ...apigw,
    id: 'aws-api-gateway.request-id',
    anchors: [header('apigw-requestid'), header('x-amz-apigw-id')],
    pattern: /^(?:< )?(?:apigw-requestid|x-amz-apigw-id):/i,
    meaning: 'The response came through Amazon API Gateway (apigw-requestid / x-amz-apigw-id).',
    responder: RESPONDER.platformHeader,
    weight: WEIGHT.header,
    facts: { hosting: 'serverless' },
    source: APIGW_502,
  },
  {
    id: 'aws.amzn-request-id',
    anchors: [header('x-amzn-requestid')],
    pattern: headerPattern('x-amzn-requestid'),
    // Many AWS services send it, not only API Gateway: context, and no hosting fact.
    meaning: 'The response came from an AWS service (x-amzn-requestid), such as API Gateway or a Lambda function URL.',
    weight: WEIGHT.header,
    source: APIGW_502,
  },
  {
    ...lambda,
    id: 'aws-api-gateway.malformed-proxy-response',
    anchors: ['Malformed Lambda proxy response'],
    pattern: /Malformed Lambda proxy response/,
    meaning:
      'API Gateway could not use the function\'s return value: a Lambda proxy integration must return {"statusCode": …, "headers": {…}, "body": "<a string>"}.',
    facts: { functionLog: 'malformed-response', hosting: 'serverless' },
    source: PROXY_OUTPUT,
  },
  {
    ...lambda,
    id: 'aws-api-gateway.method-completed',
    anchors: ['Method completed with status: '],
    pattern: /Method completed with status: 502\b/,
    meaning: "API Gateway's execution log: it answered this request with 502.",
    weight: WEIGHT.guess,
    facts: { hosting: 'serverless', statusCode: '502' },
    source: APIGW_502,
  },
  {
    ...lambda,
    id: 'aws-lambda.timeout',
    anchors: ['Task timed out after'],
    pattern: /Task timed out after [\d.]+ seconds/,
    meaning: 'The function ran into its configured timeout and was stopped before it answered.',
    facts: { functionLog: 'timed-out', hosting: 'serverless' },
    source: LAMBDA_ERRORS,
  },
  {
    ...lambda,
    id: 'aws-lambda.killed',
    anchors: ['Runtime exited with error: signal: killed'],
    pattern: /Runtime exited with error: signal: killed/,
    meaning: 'The function was killed, almost always for using all of its memory: raise the memory size or use less.',
    facts: { functionLog: 'out-of-memory', hosting: 'serverless' },
    source: LAMBDA_ERRORS,
  },
  {
    ...lambda,
    id: 'aws-lambda.out-of-memory',
    anchors: ['Runtime.OutOfMemory'],
    pattern: /Runtime\.OutOfMemory/,
    meaning: 'The function ran out of memory.',
    facts: { functionLog: 'out-of-memory', hosting: 'serverless' },
    source: LAMBDA_ERRORS,
  },
  {
    ...lambda,
    id: 'aws-lambda.exit-error',
    anchors: ['Runtime.ExitError', 'Runtime exited with error: exit status'],
    pattern: /Runtime\.ExitError|Runtime exited with error: exit status \d+/,
    // "signal: killed" on the same line is the memory case, read above.
    refine: (_m, line) => (line.includes('signal: killed') ? null : {}),
    meaning: "The function's runtime process exited (an uncaught error or a crash) before it answered.",
    facts: { functionLog: 'crashed', hosting: 'serverless' },
    source: LAMBDA_ERRORS,
  },
  {
    ...lambda,
    id: 'aws-lambda.unhandled',
    anchors: ['Runtime.Unhandled'],
    pattern: /Runtime\.Unhandled(?:PromiseRejection)?\b/,
    meaning: 'The function threw an error it did not handle.',
    facts: { functionLog: 'crashed', hosting: 'serverless' },
    source: LAMBDA_ERRORS,
  },
  {
    ...lambda,
    id: 'aws-lambda.memory-at-limit',
    anchors: ['Max Memory Used: '],
    pattern: /Memory Size: (\d+) MB\s+Max Memory Used: (\d+) MB/,
    refine: (m) => (Number(m[2]) >= Number(m[1]) ? {} : null),
    meaning: "The function's REPORT line shows it used all of its memory (Max Memory Used equals Memory Size).",
    facts: { functionLog: 'out-of-memory', hosting: 'serverless' },
    source: LAMBDA_LOGS,
  },
  {
    ...lambda,
    id: 'aws-lambda.payload-too-large',
    anchors: ['Response payload size exceeded'],
    pattern: /Response payload size exceeded maximum allowed payload size/,
    meaning: "The function's response is larger than Lambda allows (6 MB): return less, or hand out a link to S3.",
    facts: { functionLog: 'payload-too-large', hosting: 'serverless' },
    source: LAMBDA_ERRORS,
  },
];
