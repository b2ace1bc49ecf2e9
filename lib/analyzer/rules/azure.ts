import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Azure Application Gateway (a load balancer: its own 502 page ends in its product name) and Azure
 * Front Door (a CDN: `x-azure-ref` on every response, and its own "Our services aren't available
 * right now" page).
 */

const APPGW = 'https://learn.microsoft.com/en-us/azure/application-gateway/application-gateway-troubleshooting-502';
const FRONT_DOOR = 'https://learn.microsoft.com/en-us/azure/frontdoor/troubleshoot-issues';

const appGateway = { layer: 'load-balancer', vendor: 'azure-app-gateway' } as const;
const frontDoor = { layer: 'cdn', vendor: 'azure-front-door' } as const;

export const azureRules: Rule[] = [
  {
    ...appGateway,
    id: 'azure-app-gateway.error-page',
    anchors: ['Microsoft-Azure-Application-Gateway'],
    pattern: /<center>Microsoft-Azure-Application-Gateway\/v\d<\/center>/,
    meaning:
      "Azure Application Gateway's own error page: the gateway made this 502 because its backend pool gave no usable answer (unhealthy backends, NSG rules, timeouts).",
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { loadBalancer: 'azure' },
    source: APPGW,
  },
  {
    ...appGateway,
    id: 'azure-app-gateway.server-header',
    context: true,
    anchors: ['Microsoft-Azure-Application-Gateway'],
    pattern: /^(?:< )?(?:server:\s*)?Microsoft-Azure-Application-Gateway\/v\d\s*$/i,
    meaning: 'Microsoft-Azure-Application-Gateway: Azure Application Gateway made this response itself.',
    responder: RESPONDER.errorHeader,
    weight: WEIGHT.header,
    facts: { loadBalancer: 'azure' },
    source: APPGW,
  },
  {
    ...frontDoor,
    id: 'azure-front-door.error-page',
    anchors: ["Our services aren't available right now"],
    pattern: /Our services aren't available right now/,
    meaning: "Azure Front Door's own error page: Front Door could not get a usable answer from the origin.",
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { cdn: 'other' },
    source: FRONT_DOOR,
  },
  {
    id: 'azure-front-door.x-azure-ref',
    anchors: [header('x-azure-ref')],
    pattern: headerPattern('x-azure-ref'),
    meaning: 'Azure Front Door (or Azure CDN) is in front of the site (x-azure-ref): quote this reference to Azure support.',
    weight: WEIGHT.header,
    facts: { cdn: 'other' },
    source: FRONT_DOOR,
  },
];
