import type { Rule } from '../rule';
import { RESPONDER, WEIGHT } from '../rule';

/**
 * Kubernetes: what `kubectl get pods` / `kubectl describe pod` print about the pods behind a
 * Service, and what the ingress-nginx controller logs (its access-log format names the upstream
 * Service, and it warns when a Service has no ready endpoint).
 */

const DEBUG_PODS = 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/';
const POD_LIFECYCLE = 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/';
const PROBES = 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/';
const INGRESS_LOG = 'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/log-format/';
const INGRESS_CONTROLLER = 'kubernetes/ingress-nginx: internal/ingress/controller/controller.go';

const k8s = { weight: WEIGHT.errorLog } as const;

export const kubernetesRules: Rule[] = [
  {
    ...k8s,
    id: 'kubernetes.crash-loop',
    anchors: ['CrashLoopBackOff', 'Back-off restarting failed container'],
    pattern: /\bCrashLoopBackOff\b|Back-off restarting failed container/,
    meaning:
      'A pod is crash-looping: its container keeps exiting and Kubernetes waits longer before each restart. `kubectl logs POD --previous` shows why it died.',
    facts: { hosting: 'kubernetes', podStatus: 'crash-loop' },
    source: DEBUG_PODS,
  },
  {
    ...k8s,
    id: 'kubernetes.oom-killed',
    anchors: ['OOMKilled'],
    // `kubectl describe`: "Reason: OOMKilled"; `kubectl get pods`: OOMKilled in the STATUS column.
    pattern: /Reason:\s+OOMKilled\b|^\S+\s+\d+\/\d+\s+OOMKilled\s/,
    meaning:
      'A container was killed for going over its memory limit (OOMKilled, exit code 137): raise the limit or find what uses the memory.',
    facts: { hosting: 'kubernetes', podStatus: 'oom-killed', resources: 'memory' },
    source: POD_LIFECYCLE,
  },
  {
    ...k8s,
    id: 'kubernetes.readiness-failed',
    anchors: ['Readiness probe failed'],
    pattern: /Readiness probe failed:/,
    meaning: 'A readiness probe fails, so the pod is taken out of the Service: no traffic goes to it until the probe passes.',
    facts: { hosting: 'kubernetes', podStatus: 'not-ready' },
    source: PROBES,
  },
  {
    ...k8s,
    id: 'kubernetes.not-ready',
    anchors: ['Running'],
    pattern: /^\S+\s+0\/[1-9]\d*\s+Running\s+\d+/,
    meaning: 'A pod is running but not ready (READY 0/1): the Service sends it no traffic.',
    facts: { hosting: 'kubernetes', podStatus: 'not-ready' },
    source: DEBUG_PODS,
  },
  {
    ...k8s,
    id: 'kubernetes.pending',
    anchors: ['ImagePullBackOff', 'ErrImagePull', 'ContainerCreating', 'Pending'],
    pattern: /\b(?:ImagePullBackOff|ErrImagePull)\b|^\S+\s+\d+\/\d+\s+(?:Pending|ContainerCreating)\s/,
    meaning: 'A pod has not started (Pending, ContainerCreating or an image pull error): no container is there to answer.',
    facts: { hosting: 'kubernetes', podStatus: 'pending' },
    source: DEBUG_PODS,
  },
  {
    ...k8s,
    id: 'ingress-nginx.no-endpoints',
    anchors: ['does not have any active Endpoint'],
    pattern: /Service "([^"]{1,200})" does not have any active Endpoint/,
    refine: (m) => ({
      meaning: `ingress-nginx: the Service ${m[1]} has no ready endpoint, so there is no pod to send the request to (a selector that matches no ready pod).`,
    }),
    meaning: 'ingress-nginx: the Service has no ready endpoint.',
    layer: 'reverse-proxy',
    vendor: 'ingress-nginx',
    responder: RESPONDER.log,
    facts: { hosting: 'kubernetes', proxy: 'nginx', serviceEndpoints: 'empty' },
    source: INGRESS_CONTROLLER,
  },
  {
    ...k8s,
    id: 'ingress-nginx.default-backend',
    anchors: ['default backend - 404'],
    pattern: /^\s*default backend - 404\s*$/,
    meaning: 'ingress-nginx found no Ingress rule for this host and path and answered 404 from its default backend: not a 502.',
    layer: 'reverse-proxy',
    vendor: 'ingress-nginx',
    context: true,
    facts: { hosting: 'kubernetes', proxy: 'nginx', statusCode: 'other' },
    source: 'https://kubernetes.github.io/ingress-nginx/user-guide/default-backend/',
  },
  {
    // `… "GET / HTTP/1.1" 502 150 "-" "curl/8.5.0" 76 0.001 [default-web-80] [] 10.244.0.15:8080 0 0.001 502 …`
    id: 'ingress-nginx.access-log-502',
    anchors: ['" 50'],
    pattern: /" 502 \d+ "[^"]*" "[^"]*" \d+ [\d.]+ \[([^\]]{0,200})\] \[[^\]]{0,200}\] (\S+) /,
    refine: (m) => ({
      meaning: `ingress-nginx answered 502 for the Service ${m[1] || '(unnamed)'}; the upstream it tried was ${m[2]}. The controller's error log at the same second says why.`,
    }),
    meaning: 'ingress-nginx answered 502.',
    layer: 'reverse-proxy',
    vendor: 'ingress-nginx',
    responder: RESPONDER.log,
    weight: WEIGHT.guess,
    facts: { hosting: 'kubernetes', proxy: 'nginx', statusCode: '502' },
    source: INGRESS_LOG,
  },
];
