/** Spanish starter bodies (amazon.es, amazon.com.mx), formal "usted". */
import type { StarterBodies } from './keys';

const hello = 'Hola, {{buyer_name}}:\n\n';
const bye = '\n\nUn cordial saludo,\n{{store_name}}';

export const ES: StarterBodies = {
  'where-is-my-order': hello
    + 'Gracias por su mensaje sobre el pedido {{order_id}}. Lo hemos comprobado y su pedido ya está en camino. '
    + 'Puede consultar su estado actualizado en cualquier momento en su cuenta de Amazon, en «Mis pedidos». '
    + 'Si no lo ha recibido en la fecha de entrega máxima que aparece allí, responda a este mensaje y lo revisaremos de inmediato con la empresa de transporte.'
    + bye,

  'where-is-my-order-fbm': hello
    + 'Gracias por su mensaje sobre el pedido {{order_id}}. Su paquete ya se ha enviado y está en camino. '
    + 'El número de seguimiento es {{tracking_number}}; también puede consultar el estado del envío en su cuenta de Amazon, en «Mis pedidos». '
    + 'Si el paquete no llega en la fecha de entrega prevista, avísenos y nos pondremos en contacto directamente con la empresa de transporte.'
    + bye,

  'return-refund': hello
    + 'Gracias por su mensaje sobre el pedido {{order_id}}. Lamentamos que el artículo «{{product_name}}» no haya sido lo que esperaba. '
    + 'Puede iniciar la devolución en su cuenta de Amazon, en «Mis pedidos»: seleccione el pedido y siga los pasos indicados; allí obtendrá también la etiqueta de envío. '
    + 'En cuanto recibamos el artículo, se le realizará el reembolso y Amazon le enviará una confirmación. '
    + 'Si tiene cualquier duda, basta con que responda a este mensaje.'
    + bye,

  'cancel-order': hello
    + 'Gracias por su mensaje. Hemos recibido su solicitud de cancelar el pedido {{order_id}}. '
    + 'Si el pedido aún no se ha enviado, lo cancelaremos de inmediato y no se le cobrará nada. '
    + 'Si el paquete ya está en camino, lamentablemente ya no podemos detenerlo. '
    + 'En ese caso, puede rechazar la entrega o devolver el paquete desde «Mis pedidos», y le haremos el reembolso en cuanto nos llegue de vuelta.'
    + bye,

  'address-change': hello
    + 'Gracias por su mensaje sobre el pedido {{order_id}}. '
    + 'Por su seguridad, solo podemos enviar el pedido a la dirección registrada en Amazon, por lo que no podemos modificarla nosotros. '
    + 'Si el pedido aún no se ha enviado, podemos cancelarlo para que usted lo realice de nuevo con la dirección correcta. '
    + 'Por favor, responda a este mensaje para indicarnos si desea que lo hagamos.'
    + bye,

  'product-question': hello
    + 'Gracias por su pregunta y por su interés en nuestro producto. '
    + 'En la descripción y los detalles técnicos de la página del producto encontrará las medidas exactas, los materiales y el contenido del paquete. '
    + 'Si no encuentra allí la información que necesita, o desea que comprobemos algo en concreto, cuéntenos un poco más respondiendo a este mensaje. '
    + 'Le responderemos lo antes posible.'
    + bye,

  'product-issue': hello
    + 'Sentimos mucho que haya un problema con el artículo «{{product_name}}» de su pedido {{order_id}}, y queremos solucionarlo cuanto antes. '
    + '¿Podría describirnos brevemente qué ocurre y, si es posible, adjuntar una foto a su respuesta? '
    + 'Una vez que lo hayamos revisado, le propondremos la mejor solución, por ejemplo una sustitución o un reembolso.'
    + bye,

  invoice: hello
    + 'Gracias por su mensaje. Le adjuntamos la factura de su pedido {{order_id}}. '
    + 'Si necesita la factura a otro nombre, a nombre de una empresa o con otros datos fiscales, indíquenos los datos respondiendo a este mensaje. '
    + 'Le enviaremos entonces una factura corregida.'
    + bye,

  'feedback-review': hello
    + 'Gracias por dedicar su tiempo a contarnos su experiencia con el pedido {{order_id}}. '
    + 'Lamentamos que no todo haya salido como debía, y nos tomamos muy en serio sus comentarios. '
    + 'Nos gustaría solucionarlo: ¿podría explicarnos, respondiendo a este mensaje, qué es lo que no ha funcionado? '
    + 'Haremos todo lo posible para encontrar una solución.'
    + bye,

  other: hello
    + 'Gracias por su mensaje; estaremos encantados de ayudarle. '
    + 'Para poder darle una respuesta precisa, ¿podría contarnos con un poco más de detalle en qué consiste su consulta? '
    + 'Si se trata de un pedido, indíquenos también el número de pedido.'
    + bye,

  'review-request': hello
    + 'Esperamos que su pedido {{order_id}} haya llegado bien. '
    + 'Si tiene un momento, le agradeceríamos que compartiera en Amazon su opinión sincera sobre el artículo «{{product_name}}» con una reseña. '
    + 'Cada opinión ayuda a otros clientes a elegir y a nosotros a mejorar. '
    + 'Gracias por su compra.'
    + bye,

  'away-message': hello
    + 'gracias por su mensaje. Nuestro equipo está ausente en este momento, por lo que nuestra respuesta puede tardar algo más de lo habitual. '
    + 'Leeremos su mensaje y le responderemos con detalle en cuanto volvamos. '
    + 'Para entregas, devoluciones o reembolsos, la sección "Mis pedidos" de su cuenta de Amazon muestra en todo momento el estado de su pedido.'
    + bye,
};
