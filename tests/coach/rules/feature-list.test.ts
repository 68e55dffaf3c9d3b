import { featureList } from '../../../lib/coach/rules/feature-list';
import { ruleTable } from './table';

ruleTable(featureList, {
  pass: [
    // session 32 (review): a booking, a trip, their problems, attachments
    'Booking details:\n- Date: 3 May\n- Time: 9am\n- Place: Hall B\n- Parking: Lot 4',
    'The package includes flights, airport transfers, four nights at the Hilton, breakfast and the gala dinner.',
    'Issues we found include: slow pages, broken links, missing alt text, no SSL and a 404 on checkout.',
    "I've attached the details for Tuesday, the invoice, the W-9, the contract, the SOW and the NDA.",
    // session 32: lists that answer them, are about them, or are not what we sell
    'Here are the two options you asked for: monthly, quarterly, annual, three-year and pay-as-you-go.',
    'Your site has slow pages, missing alt text, broken links, large images and no sitemap.',
    "We'll need the logo, the copy, the dates, the venue and the budget by Friday.",
    'If you ever have the time to go to lunch, dinner, a movie, whatever, I would be up for it.',
    'Our kit includes projectors, screens and mics.',
    'Provided support for the divestiture (data room, PSA review, negotiations, etc.).',
    'Key features:\n- Your dashboards\n- Your reports\n- Your alerts\n- Your exports',
  ],
  fail: [
    // session 32 (self-centred set 2): "what PayNest does:", "packages include:", "what we've built:"
    {
      text: "Here's what PayNest does:\n- Payroll runs\n- Tax filing\n- Time tracking\n- PTO accrual",
      findings: [{ at: '- Payroll runs\n- Tax filing\n- Time tracking\n- PTO accrual' }],
    },
    {
      text: "Quick look at what we've built: wallet-as-a-service, on-ramps, a minting API, multi-chain support and gas sponsorship.",
      findings: [
        {
          at: "Quick look at what we've built: wallet-as-a-service, on-ramps, a minting API, multi-chain support and gas sponsorship.",
        },
      ],
    },
    {
      text: 'Our kit includes 4K laser projectors, LED video walls, wireless mics, a 32-channel desk and stage lighting.',
      findings: [
        {
          at: 'Our kit includes 4K laser projectors, LED video walls, wireless mics, a 32-channel desk and stage lighting.',
        },
      ],
    },
    {
      text: 'Key capabilities: endpoint detection, SIEM, SOAR playbooks, UEBA and threat feeds.',
      findings: [
        {
          at: 'Key capabilities: endpoint detection, SIEM, SOAR playbooks, UEBA and threat feeds.',
        },
      ],
    },
    {
      text: 'Hi Dan,\n\nKey features:\n- Barcode scanning\n- Wave picking\n- Cycle counting\n- Slotting\n\nThanks,\nErin',
      findings: [{ at: '- Barcode scanning\n- Wave picking\n- Cycle counting\n- Slotting' }],
    },
    {
      text: 'Since you work in fleet ops, here is what our telematics box does: GPS tracking, braking alerts, tacho download, fuel cards, geofencing and a driver app.',
      findings: [
        {
          at: 'Since you work in fleet ops, here is what our telematics box does: GPS tracking, braking alerts, tacho download, fuel cards, geofencing and a driver app.',
        },
      ],
    },
  ],
});
