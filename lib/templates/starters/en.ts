/** English starter bodies (amazon.com, .co.uk and the other English marketplaces). */
import type { StarterBodies } from './keys';

const hello = 'Hello {{buyer_first_name}},\n\n';
const bye = '\n\nBest regards,\n{{store_name}}';

export const EN: StarterBodies = {
  'where-is-my-order': hello
    + 'Thank you for your message about order {{order_id}}. We have checked, and your order is on its way to you. '
    + 'You can see its current status at any time under "Your Orders" in your Amazon account. '
    + 'If it has not arrived by the latest delivery date shown there, please reply to this message and we will look into it with the carrier right away.'
    + bye,

  'where-is-my-order-fbm': hello
    + 'Thank you for your message about order {{order_id}}. Your parcel has been shipped and is on its way to you. '
    + 'The tracking number is {{tracking_number}}, and you can also follow the latest status under "Your Orders" in your Amazon account. '
    + 'If the parcel has not arrived by the latest expected delivery date, please let us know and we will contact the carrier for you.'
    + bye,

  'return-refund': hello
    + 'Thank you for getting in touch about order {{order_id}}. We are sorry that "{{product_name}}" was not right for you. '
    + 'You can start the return under "Your Orders" in your Amazon account: select the order and follow the return steps to get your return label. '
    + 'As soon as the item is back with us, your refund will be issued and Amazon will send you a confirmation. '
    + 'If anything is unclear along the way, simply reply to this message.'
    + bye,

  'cancel-order': hello
    + 'Thank you for your message. We have received your request to cancel order {{order_id}}. '
    + 'If the order has not been shipped yet, we will cancel it right away and you will not be charged. '
    + 'If it is already on its way, we can no longer stop it; in that case, please refuse the delivery or return the parcel under "Your Orders", and your refund will be issued once it is back with us.'
    + bye,

  'address-change': hello
    + 'Thank you for your message about order {{order_id}}. '
    + 'For your security, we can only ship to the address saved with the order on Amazon, so we are unable to change it ourselves. '
    + 'If the order has not been shipped yet, we can cancel it for you so that you can place it again with the correct address. '
    + 'Please reply to this message and let us know whether you would like us to do that.'
    + bye,

  'product-question': hello
    + 'Thank you for your question and for your interest in our product. '
    + 'The product description and the technical details on the product page list the exact dimensions, materials and what is included. '
    + 'If the information you need is not there, or you would like us to check something specific for you, please reply with a few details and we will answer as quickly as we can.'
    + bye,

  'product-issue': hello
    + 'We are very sorry to hear that there is a problem with "{{product_name}}" from order {{order_id}}, and we would like to put it right quickly. '
    + 'Could you briefly describe what is wrong and, if possible, attach a photo to your reply? '
    + 'Once we have looked at it, we will suggest the best solution for you, such as a replacement or a refund.'
    + bye,

  invoice: hello
    + 'Thank you for your message. Please find attached the invoice for order {{order_id}}. '
    + 'If you need the invoice made out to a different name or company, or with a VAT or tax ID, please reply with the details and we will send you a corrected copy.'
    + bye,

  'feedback-review': hello
    + 'Thank you for taking the time to tell us about your experience with order {{order_id}}. '
    + 'We are sorry that it did not go as it should have, and we take your comments seriously. '
    + 'We would like to make this right: please reply to this message and let us know what went wrong, and we will do our best to find a solution for you.'
    + bye,

  other: hello
    + 'Thank you for your message. We will be glad to help. '
    + 'So that we can give you an accurate answer, could you tell us a little more about your request? '
    + 'If it concerns an order, please include the order number as well.'
    + bye,

  'review-request': hello
    + 'We hope your order {{order_id}} arrived safely. '
    + 'If you have a moment, we would appreciate it if you shared your honest experience with "{{product_name}}" in a review on Amazon. '
    + 'Every opinion helps other customers choose and helps us improve. '
    + 'Thank you for shopping with us.'
    + bye,

  'away-message': hello
    + 'Thank you for your message. Our team is away at the moment, so our answer may take a little longer than usual. '
    + 'We will read your message and reply in full as soon as we are back. '
    + 'For questions about delivery, returns or refunds, "Your Orders" in your Amazon account also shows the current status of your order.'
    + bye,
};
