# Heartpath: todas las palabras que lee una persona, en español.
# Frases cortas y sencillas: una prueba del anfitrión falla si un paso pasa del nivel de lectura 6.
# Los textos de los pasos pueden elegir palabras según el caso del paciente:
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon, $urgency = planned | emergency.

app-name = Heartpath
app-tagline = Angioplastia coronaria (ICP), paso a paso

## El recorrido

step-heart-title = Su corazón y sus arterias
step-heart-text = { $urgency ->
        [emergency] Su corazón es un músculo fuerte que necesita su propia sangre. Unos tubos pequeños llamados arterias coronarias le llevan sangre. En un infarto, una de ellas se bloquea por completo, así que el equipo trabaja rápido para abrirla de nuevo.
       *[planned] Su corazón es un músculo fuerte que necesita su propia sangre. Unos tubos pequeños llamados arterias coronarias le llevan sangre. En una de ellas, un depósito de grasa llamado placa la ha vuelto estrecha. Pasa menos sangre, y eso puede causar dolor de pecho (llamado angina) o hacer que le falte el aire.
    }

step-ready-title = Prepararse
step-ready-text = Usted pasa a una sala especial llamada sala de cateterismo. Usted no se duerme, y le pueden dar una medicina para ayudarle a relajarse. El equipo adormece la piel de su { $access ->
        [groin] ingle
       *[wrist] muñeca
    } con una aguja pequeña. Luego ponen un tubo corto y delgado, llamado introductor, en la arteria de esa zona.

step-ready-note = De principio a fin, casi siempre dura de 30 minutos a 2 horas.

step-travel-title = El tubo viaja hasta su corazón
step-travel-text = Un tubo largo, suave y delgado, llamado catéter, entra por el introductor. El médico lo lleva { $access ->
        [groin] subiendo por su cuerpo
       *[wrist] subiendo por su brazo
    } hasta su corazón, mientras mira una pantalla de rayos X. Usted no sentirá cómo se mueve dentro de usted.

step-pictures-title = Imágenes de sus arterias
step-pictures-text = El médico pone un tinte en el catéter. El tinte se ve en las imágenes de rayos X, que se llaman angiografía. Puede sentir calor por poco tiempo, y eso es normal. Las imágenes muestran dónde la arteria está { $urgency ->
        [emergency] bloqueada.
       *[planned] estrecha.
    }

step-pictures-note = { $urgency ->
        [emergency] El equipo también puede usar otras herramientas para ayudar a su corazón a bombear o a mantener un latido estable.
       *[planned] { $treatment ->
            [angiogram] A veces el médico trata una parte estrecha en ese mismo momento, mientras el tubo está puesto. Pregunte a su equipo si esto le puede pasar a usted.
           *[other] Si usted vino solo para las imágenes, el médico puede seguir y tratar la parte estrecha. El tubo ya está puesto, así que se puede hacer en ese momento.
        }
    }

step-wire-title = { $urgency ->
        [emergency] Un alambre fino cruza el bloqueo
       *[planned] Un alambre fino cruza la parte estrecha
    }
step-wire-text = Luego, un alambre muy fino baja por el catéter. El médico lo guía con cuidado a través de la parte { $urgency ->
        [emergency] bloqueada
       *[planned] estrecha
    } y un poco más allá. El alambre sirve de guía para lo que viene después.

step-balloon-title = Un globo ensancha la arteria
step-balloon-text = { $urgency ->
        [emergency] Un globo muy pequeño se desliza por el alambre hasta la parte bloqueada. El médico lo llena para que se haga más grande, y así aplasta el bloqueo contra la pared de la arteria. Luego el globo se desinfla y se saca.
       *[planned] Un globo muy pequeño se desliza por el alambre hasta la parte estrecha. El médico lo llena para que se haga más grande, y así aplasta la placa contra la pared de la arteria. Luego el globo se desinfla y se saca.
    }
step-balloon-safety = Puede sentir dolor de pecho por poco tiempo. Avise al equipo enseguida.

step-balloon-note = Algunas personas tienen más de una parte estrecha, y se puede tratar más de una.

step-stent-title = Un stent la mantiene abierta
step-stent-text = Un stent es un tubo pequeño hecho de malla de metal. Va doblado sobre un globo. Cuando se llena el globo, el stent se abre y se aprieta contra la pared de la arteria. El globo se desinfla y se saca, pero el stent se queda para mantener abierta la arteria.


step-flow-title = La sangre vuelve a pasar bien
step-flow-text = Ahora la sangre puede llegar bien a su corazón. El médico mira por última vez con imágenes de rayos X. Luego sacan el alambre y los tubos{ $access ->
        [groin] . El equipo aprieta sobre su ingle o usa un tapón pequeño, y usted se queda boca arriba en la cama unas horas.
       *[wrist] , y le ponen una banda apretada en la muñeca para parar el sangrado. El equipo la afloja poco a poco durante unas 2 horas.
    }

step-results-title = Lo que muestran las imágenes
step-results-text = El médico saca los tubos{ $access ->
        [groin] , y el equipo aprieta sobre su ingle o usa un tapón pequeño para parar el sangrado.
       *[wrist] , y le ponen una banda apretada en la muñeca para parar el sangrado.
    } Luego su equipo habla con usted sobre lo que mostraron las imágenes. Le dicen qué opciones hay y por qué. Pueden ser medicinas, un globo y un stent, o una cirugía de bypass del corazón.

step-after-title = Después de su procedimiento
step-after-text = { $urgency ->
        [emergency] Después de un infarto, usted se queda más tiempo. La mayoría de las personas se queda en el hospital 2 o 3 días.
       *[planned] La mayoría de las personas se va a casa el mismo día o al día siguiente.
    } { $treatment ->
        [angiogram] Su equipo le dirá si necesita alguna medicina nueva, y qué viene después.
        [stent] Usted tomará medicinas que evitan que se formen coágulos de sangre en el stent. Tómelas tal como le dice su equipo.
       *[balloon] Usted tomará medicinas que evitan que se formen coágulos de sangre. Tómelas tal como le dice su equipo.
    }
step-after-safety = { $treatment ->
        [angiogram] Nunca deje una medicina sin preguntar a su equipo.
       *[other] Nunca deje estas medicinas sin preguntar a su médico del corazón.
    } Si la zona del pinchazo sangra en casa, apriete fuerte sobre ella. Luego llame al { $emergency }.

## Se dice una vez, en el primer paso, en todos los tamaños de pantalla
note-lead = Es bueno saber:
procedure-name = { $treatment ->
        [angiogram] Esta guía le muestra una angiografía coronaria. Es una serie de imágenes de rayos X de su corazón y sus arterias.
        [balloon] Esta guía le muestra la angioplastia coronaria. También puede oír que la llaman ICP, para abreviar.
       *[stent] Esta guía le muestra la angioplastia coronaria. También puede oír que la llaman ICP, o "poner un stent".
    }

## Los puntos principales, al final del recorrido
main-points-title = Los puntos principales
main-point-what = Un tubo delgado llega hasta su corazón. { $treatment ->
        [angiogram] Un tinte muestra sus arterias en imágenes de rayos X, y su equipo habla con usted sobre ellas.
        [stent] Un globo muy pequeño y un stent abren la arteria { $urgency ->
                [emergency] bloqueada
               *[planned] estrecha
            }.
       *[balloon] Un globo muy pequeño abre la arteria { $urgency ->
                [emergency] bloqueada
               *[planned] estrecha
            }.
    }
main-point-feel = { $treatment ->
        [angiogram] Usted no se duerme. Puede sentir calor por poco tiempo cuando entra el tinte.
       *[other] Usted no se duerme. Puede sentir dolor de pecho por poco tiempo, así que avise al equipo.
    }
main-point-medicines = Tome sus medicinas cada día. Nunca las deje, a menos que su equipo se lo diga.
main-point-help = En casa: si la zona del pinchazo sangra, apriete fuerte sobre ella y llame al { $emergency }. Si el dolor de pecho no se va al descansar, llame al { $emergency }.

app-failed = Lo sentimos, algo salió mal. Vuelva a cargar la página. Si vuelve a pasar, pida a su equipo del corazón una hoja impresa.

## Se dice siempre
ask-team = ¿Tiene preguntas? Pregunte a su equipo del corazón. Ellos conocen su caso.

## Palabras sobre la imagen
label-heart = Corazón
label-artery = { $artery ->
        [circumflex] Arteria lateral
        [rca] Arteria derecha
       *[lad] Arteria delantera
    }
label-plaque = Placa
label-blockage = Bloqueo
label-site = { $access ->
        [groin] Ingle
       *[wrist] Muñeca
    }
label-numbing = Medicina para adormecer
label-sheath = Introductor
label-catheter = Catéter
label-aorta = Arteria principal
label-dye = Tinte
label-narrowing = { $urgency ->
        [emergency] Bloqueo
       *[planned] Parte estrecha
    }
label-wire = Alambre
label-balloon = Globo
label-stent = Stent
label-blood-flow = Flujo de sangre
label-band = { $access ->
        [groin] Almohadilla
       *[wrist] Banda de muñeca
    }
label-medicines = Medicinas
label-home = Casa

## "Su procedimiento": preparar el procedimiento propio de este paciente
setup-open = Su procedimiento
setup-title = Su procedimiento
setup-intro = Elija lo que su equipo planea para usted. Las imágenes y las palabras cambian según lo que elija.
sheet-done = Listo
setup-access = Por dónde entra el tubo
choice-access-wrist = Muñeca
choice-access-groin = Ingle (arriba de la pierna)
setup-artery = Qué arteria está estrecha
choice-artery-lad = Frente del corazón (DA)
choice-artery-circumflex = Lado izquierdo (circunfleja)
choice-artery-rca = Lado derecho (CD)
setup-treatment = Qué se hace
choice-treatment-stent = Globo y stent
choice-treatment-balloon = Solo globo
choice-treatment-angiogram = Solo imágenes (angiografía)
setup-urgency = Cuándo
choice-urgency-planned = Programado
choice-urgency-emergency = Emergencia (infarto)

## "Dar al paciente": el enlace de vuelta a esta explicación, para llevar a casa
handover-open = Entregar al paciente
handover-title = Dar al paciente
handover-intro = Escanee el código con la cámara de un teléfono, o copie el enlace, para ver esto otra vez en casa.
handover-qr = Un código para escanear con la cámara de un teléfono. Abre el mismo enlace que está abajo.
handover-link = El enlace
handover-copy = Copiar el enlace
handover-copied = Copiado
handover-share = Compartir
handover-print = Imprimir una hoja
handover-private = El enlace solo guarda las opciones de su procedimiento y el paso. No guarda nada sobre usted.

## Modo de presentación
present-tools = Presentación
present-start = Presentar
present-hide-words = Ocultar texto
present-show-words = Mostrar texto
present-larger = Letra más grande
present-stop = Dejar de presentar

## Señalar y dibujar sobre la imagen
ink-tools = Herramientas de dibujo
ink-pen = Dibujar
ink-laser = Señalar
ink-colour-purple = Lápiz morado
ink-colour-green = Lápiz verde
ink-colour-orange = Lápiz naranja
ink-undo = Deshacer
ink-clear = Borrar

language-label = Idioma

## Controles
panel-more = Hay más abajo
control-previous = Paso anterior
control-next = Paso siguiente
control-play = Reproducir
control-pause = Pausa
control-replay = Ver este paso otra vez
control-step-of = Paso { $number } de { $total }
control-go-to = Ir al paso { $number }: { $title }
control-scrub = Tiempo en este paso
control-speed = Velocidad
control-speed-slow = Más lento
control-speed-normal = Normal
control-speed-fast = Más rápido
control-auto = Ver todo
control-steps = Pasos

## Avisos
link-unknown = No encontramos esa parte de la guía, así que empezamos desde el principio.
link-close = Cerrar este aviso

## A newer version of the guide, installed beside the running one
update-ready = Hay una versión nueva de esta guía. Nada cambia hasta que usted lo decida.
update-reload = Usar la versión nueva
update-later = Más tarde

## The picture, for screen readers: its name, and what it shows in each step.
stage-label = Imagen: { $title }
step-heart-shows = El corazón y sus arterias. Un aro marca el lugar, y un círculo muestra de cerca { $urgency ->
        [emergency] un coágulo que bloquea la arteria.
       *[planned] un depósito de grasa que estrecha la arteria.
    }
step-ready-shows = La { $access ->
        [groin] ingle
       *[wrist] muñeca
    }. Una aguja pequeña adormece la piel. Luego un tubo corto entra en la arteria.
step-travel-shows = Todo el cuerpo. Un tubo delgado va desde la { $access ->
        [groin] ingle
       *[wrist] muñeca
    } hasta el corazón.
step-pictures-shows = Una imagen de rayos X del corazón. El tinte llena las arterias y muestra la parte { $urgency ->
        [emergency] bloqueada.
       *[planned] estrecha.
    }
step-wire-shows = Una vista dentro de la arteria. Un alambre fino cruza la parte { $urgency ->
        [emergency] bloqueada.
       *[planned] estrecha.
    }
step-balloon-shows = Dentro de la arteria. Un globo se llena en la parte { $urgency ->
        [emergency] bloqueada y aplasta el coágulo y la placa contra la pared.
       *[planned] estrecha y aplasta la placa contra la pared.
    }
step-stent-shows = Dentro de la arteria. Un stent se abre sobre un globo. Sacan el globo, pero el stent se queda.
step-flow-shows = La sangre vuelve a pasar por la arteria, que ahora está ancha. Luego sacan los tubos, y { $access ->
        [groin] una almohadilla aprieta la ingle.
       *[wrist] ponen una banda en la muñeca.
    }
step-results-shows = La imagen de rayos X se borra poco a poco. Sacan los tubos, y { $access ->
        [groin] una almohadilla aprieta la ingle.
       *[wrist] ponen una banda en la muñeca.
    }
step-after-shows = Todo el cuerpo, con la zona tratada marcada. Unas medicinas y una casa muestran la vuelta a casa.
## Said once when the step changes (screen readers).
step-announce = Paso { $number } de { $total }: { $title }

## Reading aloud, and how the page looks
voice-toggle = Leer en voz alta
voice-no-speech = Este navegador no puede leer las palabras en voz alta. Puede seguir leyéndolas aquí.
voice-no-voice = Este dispositivo no tiene una voz para este idioma. Puede seguir leyendo las palabras aquí.
display-open = Pantalla
display-title = Texto, colores y movimiento
display-text-size = Tamaño del texto
display-text-normal = Normal
display-text-large = Grande
display-text-larger = Más grande
display-theme = Colores
display-theme-system = Igual que mi dispositivo
display-theme-light = Claro
display-theme-dark = Oscuro
display-motion = Imágenes
display-motion-moving = En movimiento
display-motion-still = Imágenes fijas
display-read-aloud = Leer las palabras en voz alta

## Páginas junto al recorrido. Los números de la clínica son variables, tomadas de su configuración:
##   $emergency (por defecto: default-emergency), $hospital (por defecto: default-hospital).
## Se usan como "llame al { $emergency }" y "llame a { $hospital }".
default-emergency = número de emergencias
default-hospital = su hospital, al número que viene en la carta que le dieron al volver a casa
clinic-hospital-named = { $name } al { $phone }
clinic-hospital = su hospital al { $phone }
sources = Nuestra información viene del NHS, la British Heart Foundation y Mayo Clinic.
nav-title = Más para usted
nav-more = Más sobre su procedimiento
nav-label = Páginas sobre antes y después de su procedimiento
page-back = Volver a la guía
page-of-guide = Guía Heartpath

page-before-title = Antes del día
page-before-intro = Su equipo le dirá cómo prepararse. Esto es lo que debe hacer.
page-before-food = Siga los consejos de su equipo sobre la comida y la bebida. Muchas veces no debe comer ni beber nada de 6 a 8 horas antes. Puede tomar sus medicinas de siempre con pequeños sorbos de agua, si el equipo se lo dice.
page-before-medicines = Lleve todas sus medicinas, y su spray para el dolor de pecho si tiene uno. Su equipo puede pedirle que deje o cambie algunas medicinas por poco tiempo. Puede ser una medicina para la diabetes o para hacer la sangre más líquida.
page-before-allergies = Cuente al equipo si tiene alguna alergia. Diga si alguna vez tuvo una mala reacción al tinte de rayos X.
page-before-ride = Pida a alguien que le lleve a casa. No debe volver a casa conduciendo.
page-before-tests-heading = Primero, pruebas
page-before-tests = Muchas veces le hacen pruebas antes del día. Pueden ser análisis de sangre, una prueba de su latido llamada ECG, y a veces una radiografía de pecho.
page-before-emergency = En un infarto, el equipo trabaja rápido para abrir la arteria, así que no hay tiempo para prepararse en casa. Esta página es para las personas que tienen su procedimiento programado.
page-before-emergency-tell = Si puede, diga al equipo qué medicinas toma. Cuénteles si tiene alguna alergia, sobre todo al tinte de rayos X.
safety-never-stop = Nunca deje una medicina por su cuenta. Pregunte primero a su equipo.

page-risks-title = Riesgos
page-risks-intro = { $urgency ->
        [emergency] Todo tratamiento tiene algunos riesgos. Aquí le mostramos lo que les pasa a 100 personas, cuando lo sabemos.
       *[planned] La mayoría de las personas no tiene problemas graves. Pero todo tratamiento tiene algunos riesgos. Aquí se los mostramos, como lo que les pasa a 100 personas como usted.
    }
risk-bruising-words = Es común tener un moretón o sangrado donde entró el tubo.
risk-bruising-number = Le pasa a más de { $count } de cada 100 personas. Es decir, a más de 1 de cada { $one_in }.
risk-bruising-picture = 100 personas. Más de { $count } de ellas tienen un moretón o sangrado donde entró el tubo.
risk-serious-words = Los problemas graves son raros.
risk-serious-number = Estos son un infarto, un derrame cerebral o la muerte. Si su procedimiento es programado, menos de { $count } de cada 100 personas tiene uno. Más de { $others } de cada 100 no lo tienen.
risk-serious-picture = 100 personas. Menos de { $count } de ellas tiene un problema grave. Una persona está en color claro: eso quiere decir menos de { $count }.
risk-key-marked = Personas que lo tienen
risk-key-clear = Personas que no lo tienen
risk-key-faint = En color claro: menos de 1 persona
page-risks-emergency = Después de un infarto, los riesgos de otros problemas son distintos. Su equipo hablará con usted sobre ellos.
page-risks-your-own = Su equipo hablará con usted sobre sus propios riesgos.

page-home-title = Volver a casa
page-home-when = { $urgency ->
        [emergency] Después de un infarto, usted se queda más tiempo. La mayoría de las personas se queda en el hospital 2 o 3 días.
       *[planned] La mayoría de las personas se va a casa el mismo día o al día siguiente.
    }
page-home-site-heading = { $access ->
        [groin] Su ingle
       *[wrist] Su muñeca
    }
page-home-site = Es común tener un moretón donde entró el tubo. Mire la zona cada día. Si sangra, apriete fuerte sobre ella y llame al { $emergency }. ¿Tiene preguntas sobre la zona? Llame a { $hospital }.
page-home-lifting-heading = Levantar peso
page-home-lifting = No levante cosas pesadas durante más o menos una semana.
page-home-driving-heading = Conducir
page-home-driving = { $urgency ->
        [emergency] Después de un infarto, pregunte a su equipo cuándo puede conducir.
       *[planned] No conduzca hasta que su equipo le diga que puede. En el Reino Unido, para un auto suele ser más o menos una semana. Las reglas no son iguales en otros países.
    }
page-home-work-heading = Trabajo
page-home-work = { $urgency ->
        [emergency] Después de un infarto, pregunte a su equipo cuándo puede volver a trabajar.
       *[planned] La mayoría de las personas vuelve a trabajar después de más o menos una semana. Pregunte a su equipo qué es lo mejor para su trabajo.
    }
page-home-washing-heading = Bañarse
page-home-washing = Pregunte a su equipo cuándo puede darse una ducha o un baño.

page-medicines-title = Sus medicinas
page-medicines-why = { $treatment ->
        [angiogram] Pregunte a su equipo si necesita alguna medicina nueva. Ellos le dirán.
        [stent] Usted tomará medicinas que evitan que se formen coágulos de sangre en el stent. La mayoría de las personas toma dos tipos.
       *[balloon] Usted tomará medicinas que evitan que se formen coágulos de sangre. Su equipo le dirá cuáles tomar.
    }
page-medicines-how-long = { $treatment ->
        [angiogram] Siga con sus medicinas de siempre. Deje una solo si su equipo se lo dice.
        [stent] La mayoría de las personas las toma hasta un año o más. Su equipo le dirá por cuánto tiempo.
       *[balloon] Su equipo le dirá por cuánto tiempo tomarlas.
    }
page-medicines-as-told = Tómelas cada día, tal como le dice su equipo.
page-medicines-tell-others = Diga a cualquier otro médico o dentista que las toma. Si le dicen que las deje, pregunte primero a su médico del corazón.

page-help-title = Pedir ayuda
page-help-bleeding-heading = { $access ->
        [groin] Si le sangra la ingle
       *[wrist] Si le sangra la muñeca
    }
page-help-press-picture = { $access ->
        [groin] Apriete fuerte con la mano sobre la zona de arriba de la pierna donde entró el tubo.
       *[wrist] Apriete fuerte con dos dedos sobre la zona de la muñeca donde entró el tubo.
    }
page-help-bleeding-press = Apriete fuerte sobre la zona donde entró el tubo.
page-help-bleeding-call = Llame al { $emergency }, o pida a alguien que llame por usted.
page-help-bleeding-keep = Siga apretando hasta que llegue la ayuda.
page-help-limb-heading = Pida ayuda enseguida si
page-help-limb = { $access ->
        [groin] Sale un bulto más grande que una canica donde entró el tubo. O su pierna se pone fría o pálida, o le duele. Llame al { $emergency } ahora.
       *[wrist] Sale un bulto más grande que una canica donde entró el tubo. O su mano se pone fría o pálida, o le duele. Llame al { $emergency } ahora.
    }
page-help-chest-heading = Dolor de pecho
page-help-chest-rest = Si tiene dolor de pecho, pare y descanse.
page-help-chest-spray = Si tiene un spray para el dolor de pecho, úselo como le enseñó su equipo.
page-help-chest-call = Si el dolor no se va, llame al { $emergency }.

page-next-title = Lo que viene después
page-next-narrow = { $treatment ->
        [angiogram] Su equipo hablará con usted sobre lo que mostraron las imágenes. Le explican las opciones que tiene, y por qué.
       *[other] En algunas personas, la arteria se vuelve a estrechar. Esto es más probable en los primeros meses. Un stent cubierto de medicina hace que sea menos probable.
    }
page-next-aim = { $treatment ->
        [angiogram] Decidan lo que decidan juntos, estas cosas importan:
       *[other] { $urgency ->
            [emergency] El procedimiento abrió la arteria bloqueada. Para proteger su corazón de ahora en adelante, estas cosas importan:
           *[planned] Este procedimiento sirve sobre todo para aliviar el dolor de pecho. Por sí solo, no puede evitar que tenga un infarto más adelante. Estas cosas siguen siendo importantes:
        }
    }
page-next-medicines = Tome sus medicinas cada día.
page-next-check-ups = Vaya a todas sus citas de control.
page-next-habits = Mantenga hábitos sanos. Pregunte a su equipo cuáles le ayudan más.

page-check-title = Compruebe lo que entendió
page-check-intro = Unas pocas preguntas cortas. Elija una respuesta cada vez. Nada de lo que elija se guarda ni se envía.
check-progress = Pregunta { $number } de { $total }
check-right = Eso es correcto.
check-wrong = Eso no es correcto.
check-show-me = Muéstreme
check-next = Siguiente pregunta
check-try-again = Intentar otra vez
check-finish = Ver cómo le fue
check-score = Acertó { $right } de { $total }.
check-end = Hable con su equipo sobre cualquier cosa que no le quede clara.
check-again = Empezar otra vez
check-awake-question = ¿Va a dormir durante el procedimiento?
check-awake-answer-1 = Sí, duerme todo el tiempo.
check-awake-answer-2 = No. Usted no se duerme, y le adormecen la piel.
check-awake-answer-3 = Duerme la mitad del tiempo.
check-awake-why = Usted no se duerme. Una aguja pequeña adormece la piel, y le pueden dar una medicina para ayudarle a relajarse.
check-stent-question = ¿Qué es un stent?
check-stent-answer-1 = Un tubo pequeño de malla de metal que mantiene abierta la arteria.
check-stent-answer-2 = Una pastilla que toma cada día.
check-stent-answer-3 = Un tipo de imagen de rayos X.
check-stent-why = Un stent es un tubo pequeño de malla. Se queda en la arteria para mantenerla abierta.
check-balloon-question = ¿Qué hace el globo muy pequeño?
check-balloon-answer-1 = Se queda en la arteria para siempre.
check-balloon-answer-2 = Toma imágenes de rayos X.
check-balloon-answer-3 = Aplasta la placa para ensanchar la arteria.
check-balloon-why = El globo se llena para aplastar la placa. Luego se desinfla y se saca.
check-chest-pain-question = ¿Qué debe hacer si siente dolor de pecho durante el procedimiento?
check-chest-pain-answer-1 = No decir nada y esperar.
check-chest-pain-answer-2 = Intentar levantarse.
check-chest-pain-answer-3 = Avisar al equipo enseguida.
check-chest-pain-why = Puede haber dolor de pecho mientras se llena el globo. Avise siempre al equipo.
check-ride-question = ¿Puede volver a casa conduciendo?
check-ride-answer-1 = Sí, si se siente bien.
check-ride-answer-2 = No. Alguien debe llevarle a casa.
check-ride-why = No debe volver a casa conduciendo. Antes del día, organice quién le llevará.
check-stay-question = Después de un infarto, ¿cuánto tiempo se queda en el hospital?
check-stay-answer-1 = Una hora.
check-stay-answer-2 = Dos o tres días.
check-stay-answer-3 = Un mes.
check-stay-why = Después de un infarto, usted se queda más tiempo. La mayoría de las personas se queda en el hospital 2 o 3 días.
check-medicines-question = Usted se siente bien. ¿Puede dejar sus medicinas contra los coágulos?
check-medicines-answer-1 = No. Nunca las deje sin preguntar a su médico del corazón.
check-medicines-answer-2 = Sí, cuando se sienta bien.
check-medicines-answer-3 = Sí, después de una semana.
check-medicines-why = Sentirse bien no es una razón para dejarlas. Estas medicinas evitan que se formen coágulos. Déjelas solo si su médico del corazón se lo dice.
check-bleeding-question = La zona donde entró el tubo empieza a sangrar en casa. ¿Qué hace primero?
check-bleeding-answer-1 = Esperar a ver si para.
check-bleeding-answer-2 = Apretar fuerte sobre la zona, y llamar al { $emergency }.
check-bleeding-answer-3 = Irse a la cama.
check-bleeding-why = Apriete fuerte sobre la zona y llame al { $emergency }. Siga apretando hasta que llegue la ayuda.
check-chest-home-question = En casa, tiene dolor de pecho que no se va al descansar. ¿Qué hace?
check-chest-home-answer-1 = Esperar hasta la mañana.
check-chest-home-answer-2 = Llamar al { $emergency }.
check-chest-home-answer-3 = Salir a caminar.
check-chest-home-why = El dolor de pecho que no se va al descansar necesita ayuda rápida. Llame al { $emergency }.
check-angiogram-question = ¿Qué es una angiografía?
check-angiogram-answer-1 = Imágenes de rayos X de sus arterias, tomadas con un tinte.
check-angiogram-answer-2 = Un globo muy pequeño en una arteria.
check-angiogram-answer-3 = Un análisis de sangre.
check-angiogram-why = Una angiografía es una serie de imágenes de rayos X. Un tinte hace que las arterias se vean.
check-results-question = ¿Qué pasa después de las imágenes?
check-results-answer-1 = Nada. Nunca le dicen nada de ellas.
check-results-answer-2 = Usted debe decidir sin ayuda.
check-results-answer-3 = Su equipo habla con usted sobre lo que muestran y las opciones.
check-results-why = Su equipo le explica lo que muestran las imágenes, las opciones que tiene, y por qué.
check-future-question = ¿Este procedimiento, por sí solo, le protege de los infartos?
check-future-answer-1 = No. Las medicinas, las citas de control y los hábitos sanos siguen siendo importantes.
check-future-answer-2 = Sí, para siempre.
check-future-why = Ayuda a la arteria ahora. Para seguir bien más adelante, siga con sus medicinas, sus citas de control y sus buenos hábitos.

page-handout-title = Su hoja para llevar
page-handout-intro = Esta página está hecha para imprimir. Muestra su propio procedimiento, paso a paso, y qué hacer después.
printout-for = Su procedimiento:
printout-print = Imprimir
printout-questions = Preguntas para mi equipo
printout-date = Fecha de mi procedimiento:
printout-ward = Teléfono de mi sala en el hospital:
printout-scan = Escanee el código con la cámara de un teléfono para ver la guía otra vez.

## Palabras que una persona puede tocar para ver un significado sencillo: las formas que toma cada una en el texto (separadas por comas),
## y luego su significado en una línea.
term-open = ¿Qué quiere decir "{ $word }"?
term-close = Cerrar
term-cath-lab = sala de cateterismo
term-cath-lab-means = La sala donde se hace el procedimiento, con una máquina de rayos X.
term-coronary-arteries = arterias coronarias
term-coronary-arteries-means = Las arterias sobre el corazón que llevan sangre al músculo del corazón.
term-artery = arteria, arterias
term-artery-means = Un tubo que lleva la sangre del corazón al cuerpo.
term-plaque = placa
term-plaque-means = Grasa acumulada en la pared de dentro de una arteria.
term-angina = angina
term-angina-means = Dolor de pecho que aparece cuando el corazón no recibe suficiente sangre.
term-catheter = catéter
term-catheter-means = Un tubo largo, suave y delgado que sube hasta el corazón.
term-sheath = introductor
term-sheath-means = Un tubo corto que se pone en la arteria para que otros tubos puedan entrar y salir.
term-local-anaesthetic = adormece, adormecen
term-local-anaesthetic-means = Medicina que se pone en la piel para que no sienta dolor ahí. Usted no se duerme.
term-angiogram = angiografía
term-angiogram-means = Imágenes de rayos X de las arterias, tomadas con un tinte.
term-guidewire = alambre
term-guidewire-means = Un alambre muy fino y flexible que guía el globo y el stent.
term-balloon = globo
term-balloon-means = Un globo muy pequeño en un tubo. Se llena dentro de la arteria para ensancharla, y luego se saca.
term-stent = stent
term-stent-means = Un tubo pequeño de malla de metal que se queda en la arteria para mantenerla abierta.
term-antiplatelet = medicinas que evitan que se formen coágulos, medicinas contra los coágulos
term-antiplatelet-means = Medicinas que evitan que se formen coágulos de sangre.

## Las fichas del último paso, cada una abre su página
after-home = Volver a casa
after-medicines = Sus medicinas
after-help = Pedir ayuda
after-next = Lo que viene después
