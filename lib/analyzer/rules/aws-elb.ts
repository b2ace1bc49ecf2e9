import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * AWS Elastic Load Balancing. An ALB sets `server: awselb/2.0` only on responses it makes itself
 * (it passes on its targets' own headers). Its access log holds both status codes: elb_status_code
 * 502 with target_status_code `-` means the ALB made the 502; the error_reason field says why.
 */

const ALB_LOGS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html#error-reason-codes';
const ALB_502 = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-502-issues';
const CLB_LOGS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html';

const alb = { layer: 'load-balancer', vendor: 'aws-alb' } as const;

// type time elb client:port target:port request_time target_time response_time elb_status target_status …
const ALB_LINE = /^(?:https?|h2|grpcs|wss?) \S+ app\/\S+ \S+ (\S+) \S+ \S+ \S+ (\d{3}|-) (\d{3}|-) /;

type Reason = { reason: string; meaning: string; facts: Facts };

const REASONS: Reason[] = [
  {
    reason: 'TargetConnectionError',
    meaning: 'the load balancer could not open a connection to the target (nothing listening, or a security group / firewall in the way)',
    facts: { logSignal: 'connection-refused' },
  },
  {
    reason: 'TargetResponseError',
    meaning:
      "the connection to the target broke before a complete response arrived (the target closed or reset it, e.g. a keep-alive timeout shorter than the load balancer's)",
    facts: { logSignal: 'prematurely-closed' },
  },
  {
    reason: 'TargetInvalidResponse',
    meaning: "the target's response was malformed or had invalid headers",
    facts: { logSignal: 'invalid-response' },
  },
  {
    reason: 'TargetTimeout',
    meaning: 'the target did not answer before the idle timeout (the load balancer answers 504)',
    facts: { logSignal: 'timed-out' },
  },
  {
    reason: 'LambdaInvalidResponse',
    meaning: "the Lambda function's response was malformed or missed required fields",
    facts: { functionLog: 'malformed-response', hosting: 'serverless' },
  },
  {
    reason: 'LambdaResponseTooLarge',
    meaning: "the Lambda function's response was larger than the load balancer accepts (1 MB)",
    facts: { functionLog: 'payload-too-large', hosting: 'serverless' },
  },
  {
    reason: 'LambdaUnhandled',
    meaning: 'the Lambda function threw an unhandled exception',
    facts: { functionLog: 'crashed', hosting: 'serverless' },
  },
];

const reasonRules: Rule[] = REASONS.map(({ reason, meaning, facts }) => ({
  ...alb,
  id: `aws-alb.${reason}`,
  anchors: [`"${reason}"`],
  pattern: ALB_LINE,
  refine: (m) =>
    m[2] === '-' ? null : { facts: { loadBalancer: 'aws-alb', ...facts, ...(m[2] === '502' ? { statusCode: '502' as const } : {}) } },
  meaning: `ALB access log, error_reason ${reason}: ${meaning}.`,
  responder: RESPONDER.log,
  weight: WEIGHT.errorLog,
  facts: { loadBalancer: 'aws-alb', ...facts },
  source: ALB_LOGS,
}));

export const awsElbRules: Rule[] = [
  ...reasonRules,
  {
    ...alb,
    id: 'aws-alb.access-log-502',
    anchors: [' 502 '],
    pattern: ALB_LINE,
    refine: (m) => {
      if (m[2] !== '502') return null;
      if (m[3] === '-') return {};
      // The target answered: the load balancer only passed its status on.
      return {
        layer: undefined,
        vendor: undefined,
        responder: 0,
        meaning: `ALB access log: the target itself answered ${m[3]}, and the load balancer passed it on; the 502 came from behind the load balancer.`,
      };
    },
    meaning: 'ALB access log: the load balancer itself answered 502 (target_status_code is "-": no usable answer from the target).',
    responder: RESPONDER.log,
    weight: WEIGHT.guess,
    facts: { loadBalancer: 'aws-alb', statusCode: '502' },
    source: ALB_LOGS,
  },
  {
    ...alb,
    id: 'aws-alb.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', 'awselb/2\\.0'),
    meaning:
      "server: awselb/2.0: the Application Load Balancer made this response itself (it keeps the target's own headers on responses it passes on).",
    responder: RESPONDER.errorHeader,
    weight: WEIGHT.header,
    facts: { loadBalancer: 'aws-alb' },
    source: ALB_502,
  },
  {
    id: 'aws-elb.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', 'awselb(?:\\s|$)'),
    meaning: 'server: awselb: a Classic Load Balancer made this response itself.',
    layer: 'load-balancer',
    vendor: 'aws-elb',
    responder: RESPONDER.errorHeader,
    weight: WEIGHT.header,
    facts: { loadBalancer: 'other' },
    source: CLB_LOGS,
  },
  {
    // timestamp elb client:port backend:port request_time backend_time response_time elb_status backend_status …
    id: 'aws-elb.access-log-502',
    anchors: [' 502 '],
    pattern: /^\d{4}-\d\d-\d\dT\S+Z \S+ \S+ (\S+) \S+ \S+ \S+ (\d{3}|-) (\d{3}|-) /,
    refine: (m) => (m[2] === '502' && m[3] === '-' ? {} : null),
    meaning: 'Classic Load Balancer access log: the load balancer itself answered 502 (no backend status).',
    layer: 'load-balancer',
    vendor: 'aws-elb',
    responder: RESPONDER.log,
    weight: WEIGHT.guess,
    facts: { loadBalancer: 'other', statusCode: '502' },
    source: CLB_LOGS,
  },
];
