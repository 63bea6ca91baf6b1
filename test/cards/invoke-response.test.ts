import {
  cardInvokeResponse,
  errorInvokeResponse,
  messageInvokeResponse,
} from '../../src/bot/invoke-response';
import { renderCard } from '../../src/bot/cards/render-card';

describe('invoke responses', () => {
  it('wraps a card with HTTP 200 and the adaptive card body Teams expects', () => {
    const card = renderCard('notice', { title: 'Cancelled', message: 'Nothing was changed.' });

    expect(cardInvokeResponse(card)).toEqual({
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    });
  });

  it('wraps a message with HTTP 200 and the activity message type', () => {
    expect(messageInvokeResponse('Checking contosolakenew…')).toEqual({
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'Checking contosolakenew…',
      },
    });
  });

  it('carries an error status, code and message in the body while HTTP stays 200', () => {
    expect(errorInvokeResponse(400, 'INVALID_CARD_INPUT', 'The card sent a bad value.')).toEqual({
      status: 200,
      body: {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'INVALID_CARD_INPUT', message: 'The card sent a bad value.' },
      },
    });
  });

  it.each([200, 302, 600, 400.5])('refuses %s as the status of an error response', (status) => {
    expect(() => errorInvokeResponse(status, 'X', 'y')).toThrow(RangeError);
  });
});
