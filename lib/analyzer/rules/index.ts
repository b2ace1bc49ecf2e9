import type { Rule } from '../rule';
import { akamaiRules } from './akamai';
import { apacheRules } from './apache';
import { awsElbRules } from './aws-elb';
import { awsLambdaRules } from './aws-lambda';
import { azureRules } from './azure';
import { cloudflareRules } from './cloudflare';
import { cloudfrontRules } from './cloudfront';
import { envoyRules } from './envoy';
import { fastlyRules } from './fastly';
import { gcpRules } from './gcp';
import { goProxyRules } from './go-proxies';
import { haproxyRules } from './haproxy';
import { herokuRules } from './heroku';
import { httpRules } from './http';
import { iisRules } from './iis';
import { kernelRules } from './kernel';
import { kubernetesRules } from './kubernetes';
import { nginxRules } from './nginx';
import { nodeRules } from './node';
import { phpRules } from './php';
import { platformRules } from './platforms';
import { pythonRules } from './python';
import { varnishRules } from './varnish';

/** Every rule, by family: one file per vendor or software family. */
export const RULES: readonly Rule[] = [
  ...httpRules,
  ...nginxRules,
  ...apacheRules,
  ...haproxyRules,
  ...goProxyRules,
  ...envoyRules,
  ...varnishRules,
  ...iisRules,
  ...cloudflareRules,
  ...cloudfrontRules,
  ...fastlyRules,
  ...akamaiRules,
  ...awsElbRules,
  ...awsLambdaRules,
  ...gcpRules,
  ...azureRules,
  ...herokuRules,
  ...platformRules,
  ...kubernetesRules,
  ...phpRules,
  ...pythonRules,
  ...nodeRules,
  ...kernelRules,
];
