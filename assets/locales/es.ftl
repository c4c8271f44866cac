# Heartpath: todas las palabras que lee una persona, en español.
# Frases cortas y sencillas: una prueba del anfitrión falla si un paso pasa del nivel de lectura 6.
# Los textos de los pasos pueden elegir palabras según el caso del paciente:
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon | angiogram, $urgency = planned | emergency.
# Una cosa, un nombre: "tubo" es solo el catéter; la funda corta de la muñeca o de la ingle es
# el introductor; el stent es un armazón de malla; las arterias del corazón son vasos sanguíneos.
# El sitio de la muñeca o de la ingle se llama siempre "el punto por donde entró el introductor".
# Usted, siempre. "Programado (con cita)" es lo contrario de "Urgente (infarto)".

app-name = Heartpath
app-tagline = Angioplastia coronaria (ICP), paso a paso

## El recorrido

step-heart-title = Su corazón y sus arterias
step-heart-text = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] Su corazón es un músculo fuerte que necesita su propia sangre. Unos vasos sanguíneos llamados arterias coronarias le llevan sangre. En un infarto, una de ellas se bloquea por completo. El equipo trabaja rápido para encontrarla con imágenes de rayos X.
           *[other] Su corazón es un músculo fuerte que necesita su propia sangre. Unos vasos sanguíneos llamados arterias coronarias le llevan sangre. En un infarto, una de ellas se bloquea por completo. El equipo trabaja rápido para abrirla de nuevo.
        }
       *[planned] { $treatment ->
            [angiogram] Su corazón es un músculo fuerte que necesita su propia sangre. Unos vasos sanguíneos llamados arterias coronarias le llevan sangre. A veces, un depósito de grasa llamado placa vuelve estrecha una de ellas. Pasa menos sangre, y eso puede causar dolor de pecho (llamado angina) o hacer que le falte el aire.
           *[other] Su corazón es un músculo fuerte que necesita su propia sangre. Unos vasos sanguíneos llamados arterias coronarias le llevan sangre. En una de ellas, un depósito de grasa llamado placa la ha vuelto estrecha. Pasa menos sangre, y eso puede causar dolor de pecho (llamado angina) o hacer que le falte el aire.
        }
    }

step-ready-title = Prepararse
step-ready-text = Usted va a una sala llamada sala de cateterismo. Es la sala donde se hace el procedimiento, con una máquina de rayos X. { $urgency ->
        [emergency] Normalmente, usted no se duerme.
       *[planned] Usted no se duerme, y le pueden dar una medicina para ayudarle a relajarse.
    } El equipo le adormece la piel de la { $access ->
        [groin] ingle
       *[wrist] muñeca
    } con una aguja pequeña. Luego le ponen en la arteria de esa zona una funda corta y fina llamada introductor.

step-ready-note = { $urgency ->
        [emergency] En un infarto, el equipo trabaja lo más rápido que puede.
       *[planned] { $treatment ->
            [angiogram] Pregunte a su equipo del corazón cuánto tiempo durará.
           *[other] De principio a fin, casi siempre dura entre 30 minutos y 2 horas.
        }
    }

step-travel-title = El tubo viaja hasta su corazón
step-travel-text = Un tubo largo, blando y fino, llamado catéter, entra por el introductor. El médico lo lleva { $access ->
        [groin] subiendo por dentro de su cuerpo
       *[wrist] subiendo por su brazo
    } hasta su corazón, mientras mira una pantalla de rayos X. Lo normal es que usted no note cómo se mueve por dentro. Si siente dolor o algo raro, avise al equipo.

step-pictures-title = Imágenes de sus arterias
step-pictures-text = El médico pone un tinte en el catéter. El tinte se ve en las imágenes de rayos X, que se llaman angiografía. Puede sentir calor durante un rato corto, y eso es normal. { $urgency ->
        [emergency] Las imágenes muestran dónde está bloqueada la arteria.
       *[planned] { $treatment ->
            [angiogram] Las imágenes le muestran a su equipo del corazón si alguna arteria está estrecha, y dónde.
           *[other] Las imágenes muestran dónde está estrecha la arteria.
        }
    }

step-pictures-note = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] Muchas veces el equipo sigue y abre la arteria en ese mismo momento, mientras el catéter está puesto. Si eligen otra forma de tratarla, le dicen por qué.
           *[other] El equipo también puede usar otras herramientas para ayudar a su corazón a bombear o a mantener un latido regular.
        }
       *[planned] { $treatment ->
            [angiogram] A veces el médico sigue y trata una parte estrecha en ese mismo momento, mientras el catéter está puesto. Esto solo pasa si usted lo aceptó antes. Pregunte a su equipo del corazón si esto le puede pasar a usted.
           *[other] Antes de empezar, su equipo del corazón le pide que acepte este tratamiento. A veces las imágenes muestran que es mejor otro tratamiento, como una operación de bypass del corazón. Entonces su equipo del corazón habla con usted sobre ello.
        }
    }

step-wire-title = { $urgency ->
        [emergency] Un alambre fino cruza el bloqueo
       *[planned] Un alambre fino cruza la parte estrecha
    }
step-wire-text = Luego, un alambre muy fino avanza por dentro del catéter. El médico lo guía con cuidado a través de la parte { $urgency ->
        [emergency] bloqueada
       *[planned] estrecha
    } y un poco más allá. El alambre sirve de guía para lo que viene después.

step-balloon-title = Un globo ensancha la arteria
step-balloon-text = { $urgency ->
        [emergency] Un globo muy pequeño avanza por el alambre hasta la parte bloqueada. El médico lo llena para que se haga más grande, y así aplasta el bloqueo contra la pared de la arteria. Luego el globo se desinfla y se saca.
       *[planned] Un globo muy pequeño avanza por el alambre hasta la parte estrecha. El médico lo llena para que se haga más grande, y así aplasta la placa contra la pared de la arteria. Luego el globo se desinfla y se saca.
    }
step-balloon-safety = Puede que le duela el pecho un momento. Avise al equipo para que puedan ayudarle.

step-balloon-note = Algunas personas tienen más de una parte estrecha o bloqueada. Se puede tratar más de una.

step-stent-title = Un stent la mantiene abierta
step-stent-text = Un stent es un armazón muy pequeño hecho de malla de metal. Entra plegado sobre otro globo. Cuando se llena este globo, el stent se abre y se aprieta contra la pared de la arteria. El globo se desinfla y se saca, pero el stent se queda para mantener abierta la arteria.


step-flow-title = { $urgency ->
        [emergency] La sangre vuelve a pasar
       *[planned] La sangre pasa mejor
    }
step-flow-text = Ahora la sangre puede llegar con más facilidad al músculo de su corazón. El médico mira por última vez con imágenes de rayos X. { $access ->
        [groin] Luego sacan el alambre, el catéter y el introductor. El equipo aprieta su ingle con una almohadilla, o cierra la arteria con un tapón pequeño. Usted se queda boca arriba en la cama unas horas.
       *[wrist] Luego sacan el alambre, el catéter y el introductor, y le ponen una banda apretada en la muñeca para parar el sangrado. El equipo la afloja poco a poco durante unas 2 horas.
    }

step-results-title = Lo que muestran las imágenes
step-results-text = { $urgency ->
        [emergency] Su equipo del corazón le dice lo que mostraron las imágenes, y qué opciones hay. Pueden ser medicinas, una forma de abrir la arteria, o una operación de bypass.
       *[planned] Si las imágenes muestran una parte estrecha, su equipo del corazón le dice qué opciones hay. Pueden ser medicinas, una forma de ensanchar la arteria, o una operación de bypass.
    } { $access ->
        [groin] Luego, el médico saca el catéter y el introductor. El equipo aprieta su ingle con una almohadilla o usa un tapón pequeño, y usted se queda boca arriba en la cama unas horas.
       *[wrist] Luego, el médico saca el catéter y el introductor, y le pone una banda apretada en la muñeca. El equipo la afloja poco a poco durante unas 2 horas.
    }

step-after-title = Después de su procedimiento
step-after-text = { $urgency ->
        [emergency] Después de un infarto, usted se queda un tiempo en el hospital. La mayoría de las personas se queda 2 o 3 días.
       *[planned] La mayoría de las personas se va a casa el mismo día o al día siguiente. Si se va a casa el mismo día, un adulto debe quedarse con usted la primera noche.
    } { $treatment ->
        [angiogram] Su equipo del corazón le dirá si necesita alguna medicina nueva, y qué viene después.
        [stent] Usted tomará medicinas contra los coágulos. Evitan que se formen coágulos de sangre en el stent, así que tómelas tal como le dice su equipo del corazón.
       *[balloon] Usted tomará medicinas contra los coágulos. Evitan que se formen coágulos de sangre, así que tómelas tal como le dice su equipo del corazón.
    }
step-after-safety = { $treatment ->
        [angiogram] Nunca deje de tomar una medicina sin preguntar antes a su equipo del corazón.
       *[other] Nunca deje de tomar sus medicinas contra los coágulos sin preguntar antes a su equipo del corazón. No deje que se le acaben.
    }

## Se dice una vez, en el primer paso, en todos los tamaños de pantalla
note-lead = Es bueno saber:
procedure-name = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] Esta guía muestra una angiografía coronaria, hecha de urgencia durante un infarto. Muestra lo que pasó, y qué hacer ahora.
           *[other] Esta guía muestra una angioplastia coronaria (ICP), hecha de urgencia durante un infarto. ICP son las siglas de "intervención coronaria percutánea". La guía muestra lo que pasó, y qué hacer ahora.
        }
       *[planned] { $treatment ->
            [angiogram] Esta guía le muestra una angiografía coronaria. Es una serie de imágenes de rayos X de su corazón y sus arterias.
            [balloon] Esta guía le muestra la angioplastia coronaria, hecha con un globo. También puede oír que la llaman ICP, para abreviar. ICP son las siglas de "intervención coronaria percutánea".
           *[stent] Esta guía le muestra la angioplastia coronaria. También puede oír que la llaman ICP, o "poner un stent". ICP son las siglas de "intervención coronaria percutánea".
        }
    }

## Los puntos principales, al final del recorrido y en la hoja para llevar
main-points-title = Los puntos principales
main-point-what = Un tubo fino llega hasta su corazón. { $treatment ->
        [angiogram] Un tinte muestra sus arterias en imágenes de rayos X, y su equipo del corazón habla con usted sobre ellas.
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
        [angiogram] { $urgency ->
            [emergency] Puede sentir calor durante un rato corto cuando entra el tinte.
           *[planned] Usted no se duerme. Puede sentir calor durante un rato corto cuando entra el tinte.
        }
       *[other] Puede que le duela el pecho durante un rato corto mientras se llena el globo. Avise al equipo, para que puedan ayudarle.
    }
main-point-medicines = { $treatment ->
        [angiogram] Tome sus medicinas de siempre tal como le dice su equipo del corazón. No deje de tomar ninguna, ni siquiera por poco tiempo, a menos que ellos se lo digan. ¿El médico también le ensanchó la arteria? Entonces tomará nuevas medicinas contra los coágulos. Nunca deje de tomarlas sin preguntar antes a su equipo del corazón, y no deje que se le acaben.
       *[other] Tome sus medicinas contra los coágulos cada día. Nunca deje de tomarlas sin preguntar antes a su equipo del corazón, y no deje que se le acaben.
    }
main-point-bleeding = { $access ->
        [groin] Si le sangra la ingle en casa: acuéstese boca arriba y apriete fuerte sobre ella. Siga apretando, y llame al { $emergency } o pida a otra persona que llame. Siga apretando hasta que llegue la ayuda.
       *[wrist] Si le sangra la muñeca en casa: apriete fuerte sobre ella. Siga apretando, y llame al { $emergency } o pida a otra persona que llame. Siga apretando hasta que llegue la ayuda.
    }
main-point-chest = Dolor de pecho en casa: pare y descanse. Si tiene un spray de nitroglicerina, úselo. Si a los 5 minutos el dolor no ha mejorado, úselo otra vez. ¿Todavía tiene dolor 5 minutos después de usar el spray por segunda vez? Llame al { $emergency }. ¿No tiene spray? Llame al { $emergency } si el dolor no se va tras unos pocos minutos de descanso. Llame al { $emergency } enseguida si el dolor es muy fuerte, si suda, tiene ganas de vomitar o le falta el aire, o si el dolor se extiende al brazo, al cuello, a la mandíbula o a la espalda.

main-point-night = Si se va a casa el mismo día, un adulto debe quedarse con usted la primera noche.

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
label-plaque = { $treatment ->
        [angiogram] Posible placa
       *[other] Placa
    }
label-blockage = Bloqueo
label-site = { $access ->
        [groin] Ingle
       *[wrist] Muñeca
    }
label-numbing = Medicina para adormecer
label-sheath = Introductor
label-catheter = Catéter
label-aorta = Vaso sanguíneo principal
label-dye = Tinte en la arteria
label-narrowing = { $urgency ->
        [emergency] Bloqueo
       *[planned] { $treatment ->
            [angiogram] Posible parte estrecha
           *[other] Parte estrecha
        }
    }
label-wire = Alambre
label-balloon = Globo
label-stent = Stent
label-treated = { $treatment ->
        [stent] Stent
       *[other] Arteria abierta
    }
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
setup-intro = Elija lo que su equipo del corazón planea para usted. Las imágenes y las palabras cambian según lo que elija.
sheet-done = Listo
setup-access = Por dónde entra el tubo
choice-access-wrist = Muñeca
choice-access-groin = Ingle (parte de arriba de la pierna)
setup-artery = Qué arteria está estrecha
choice-artery-lad = Arteria delantera (llamada descendente anterior, o DA)
choice-artery-circumflex = Arteria lateral (llamada circunfleja)
choice-artery-rca = Arteria derecha (llamada coronaria derecha, o CD)
setup-treatment = Qué se hace
choice-treatment-stent = Globo y stent
choice-treatment-balloon = Solo globo
choice-treatment-angiogram = Solo imágenes (angiografía)
setup-urgency = Cuándo
choice-urgency-planned = Programado (con cita)
choice-urgency-emergency = Urgente (infarto)

## "Dar al paciente": el enlace de vuelta a esta explicación, para llevar a casa
handover-open = Dar al paciente
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

## Una versión nueva de la guía, instalada junto a la que está abierta
update-ready = Hay una versión nueva de esta guía. Nada cambia hasta que usted lo decida.
update-reload = Usar la versión nueva
update-later = Más tarde

## La imagen, para lectores de pantalla: su nombre, y lo que muestra en cada paso.
stage-label = Imagen: { $title }
step-heart-shows = El corazón y sus arterias. Un aro marca el lugar, y un círculo muestra de cerca { $urgency ->
        [emergency] un coágulo que bloquea la arteria.
       *[planned] un depósito de grasa que estrecha la arteria.
    }
step-ready-shows = La sala de cateterismo. Usted se acuesta en una mesa, debajo de la máquina de rayos X, con su equipo del corazón al lado. Después, la { $access ->
        [groin] parte de arriba de la pierna
       *[wrist] muñeca
    }. Una aguja pequeña adormece la piel. Luego una funda corta llamada introductor entra en la arteria.
step-travel-shows = Todo el cuerpo. Un tubo fino va desde la { $access ->
        [groin] parte de arriba de la pierna
       *[wrist] muñeca
    } hasta el corazón.
step-pictures-shows = Una imagen de rayos X del corazón. El tinte llena las arterias y muestra { $urgency ->
        [emergency] la parte bloqueada.
       *[planned] { $treatment ->
            [angiogram] las arterias, y cualquier parte estrecha.
           *[other] la parte estrecha.
        }
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
step-flow-shows = La sangre vuelve a pasar por la arteria, que ahora está más ancha. Luego sacan el catéter y el introductor, y { $access ->
        [groin] una almohadilla aprieta la parte de arriba de la pierna.
       *[wrist] ponen una banda en la muñeca.
    }
step-results-shows = La imagen de rayos X de todo el corazón, con un aro alrededor de la parte { $urgency ->
        [emergency] bloqueada
       *[planned] estrecha
    }. Luego sacan el catéter y el introductor, y { $access ->
        [groin] una almohadilla aprieta la parte de arriba de la pierna.
       *[wrist] ponen una banda en la muñeca.
    }
step-after-shows = { $treatment ->
        [angiogram] Todo el cuerpo, con un aro en el corazón. Unas medicinas y una casa representan la vuelta a casa.
        [stent] Todo el cuerpo, con la zona tratada marcada. Una vista de cerca muestra el stent en la pared de la arteria. Unas medicinas y una casa representan la vuelta a casa.
       *[other] Todo el cuerpo, con la zona tratada marcada. Una vista de cerca muestra la arteria, ahora más ancha. Unas medicinas y una casa representan la vuelta a casa.
    }
## Se dice una vez cuando cambia el paso (lectores de pantalla).
step-announce = Paso { $number } de { $total }: { $title }

## Leer en voz alta, y cómo se ve la página
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
## Se usan siempre como "llame al { $emergency }" y "llame a { $hospital }".
default-emergency = número de emergencias
default-hospital = su equipo del corazón
clinic-hospital-named = { $name } al { $phone }
clinic-hospital = su hospital al { $phone }
nav-title = Más para usted
nav-more = Más sobre su procedimiento
nav-label = Páginas sobre antes y después de su procedimiento
page-back = Volver a la guía
page-of-guide = Guía Heartpath

page-before-title = { $urgency ->
        [emergency] Sus medicinas y sus alergias
       *[planned] Antes del día
    }
page-before-intro = Su equipo del corazón le dirá cómo prepararse. Esto es lo que debe hacer.
page-before-food = Siga los consejos de su equipo del corazón sobre la comida y la bebida. Muchas veces no debe comer ni beber nada de 6 a 8 horas antes. Puede tomar sus medicinas de siempre con pequeños sorbos de agua, si el equipo se lo dice.
page-before-medicines = Lleve todas sus medicinas, y su spray de nitroglicerina para el dolor de pecho si tiene uno.
page-before-clot = Siga tomando sus medicinas contra los coágulos. No deje de tomarlas a menos que su equipo del corazón se lo diga.
page-before-pause = Su equipo del corazón puede pedirle que deje de tomar otras medicinas por poco tiempo. Pueden ser algunas para la diabetes, o algunas otras medicinas que diluyen la sangre. Hágalo solo si su equipo del corazón se lo dice. ¿No sabe bien cuál es cuál? Pregúnteles. Si deja de tomar una por un tiempo, pregunte cuándo debe volver a tomarla.
page-before-allergies = Cuente al equipo si tiene alguna alergia. Diga si alguna vez tuvo una mala reacción al tinte de rayos X.
page-before-ride = Pida a alguien que le lleve a casa. No debe volver a casa conduciendo usted.
page-before-night = Si se va a casa el mismo día, un adulto debe quedarse con usted la primera noche. Organícelo antes del día.
page-before-choice-heading = Su decisión
page-before-choice = { $treatment ->
        [angiogram] Antes del día, su equipo del corazón le explica por qué necesita estas imágenes, y cuáles son los riesgos. Luego le preguntan si está de acuerdo. Esto se llama consentimiento. Antes, puede preguntarles todo lo que quiera.
       *[other] Antes del día, su equipo del corazón le explica en qué le puede ayudar el procedimiento, y cuáles son sus riesgos. También le hablan de las otras opciones, como tomar solo medicinas o una operación de bypass del corazón. Luego le preguntan si está de acuerdo. Esto se llama consentimiento. Antes, puede preguntarles todo lo que quiera.
    }
page-before-choice-pictures = Si las imágenes muestran una parte estrecha, el médico puede ensancharla en ese mismo momento. Esto solo pasa si usted lo aceptó antes. Su equipo del corazón le explica esto. También le hablan de las otras opciones, como medicinas o una operación de bypass.
page-before-tests-heading = Primero, pruebas
page-before-tests = Muchas veces le hacen pruebas antes del día. Pueden ser análisis de sangre, una prueba del latido del corazón llamada electrocardiograma (ECG), y a veces una radiografía de pecho.
page-before-emergency-tell = Si puede, diga al equipo qué medicinas toma. Cuénteles si tiene alguna alergia, sobre todo al tinte de rayos X.
safety-never-stop = Nunca deje de tomar una medicina por su cuenta, y no deje que se le acabe. Pregunte primero a su equipo del corazón.

page-risks-title = Riesgos
page-risks-intro = { $urgency ->
        [emergency] Todo tratamiento tiene algunos riesgos. Abajo le mostramos uno de ellos, como lo que le pasa a un grupo de 100 personas. No es una lista completa de riesgos.
       *[planned] { $treatment ->
            [angiogram] La mayoría de las personas no tiene problemas graves. Pero toda prueba como esta tiene algunos riesgos. Abajo le mostramos uno de ellos, como lo que le pasa a un grupo de 100 personas. No es una lista completa, y sus propios riesgos pueden ser distintos.
           *[other] La mayoría de las personas no tiene problemas graves. Pero todo tratamiento tiene algunos riesgos. Abajo le mostramos algunos, como lo que le pasa a un grupo de 100 personas. No es una lista completa, y sus propios riesgos pueden ser distintos.
        }
    }
risk-bruising-words = { $access ->
        [groin] Moretón o sangrado en la ingle
       *[wrist] Moretón o sangrado en la muñeca
    }
risk-bruising-number = Esto es común. Le pasa a más de { $count } de cada 100 personas.
risk-bruising-picture = 100 personas. Hay { $count } marcadas. El número real es más de { $count }.
risk-bleeding-words = Sangrado grave
risk-bleeding-number = En un procedimiento programado como el suyo, { $count } o { $high } de cada 100 personas lo tienen.
risk-bleeding-picture = 100 personas. Hay { $high } marcadas: { $count } o { $high } de ellas tienen un sangrado grave.
risk-serious-words = Un infarto, un ictus o la muerte
risk-serious-number = Estos son problemas graves. En un procedimiento programado como el suyo, menos de { $count } de cada 100 personas sufre alguno. Son tan pocas que no se pueden mostrar en un dibujo de 100 personas. Pero el riesgo no es cero.
risk-serious-picture = 100 personas. Menos de { $count } de cada 100 sufre un problema grave. Es demasiado poco para marcar a una persona, pero no es cero.
risk-key-marked = Personas que lo tienen
risk-key-clear = Personas que no lo tienen
page-risks-emergency = Después de un infarto, su equipo del corazón hablará con usted sobre sus propios riesgos.
page-risks-success = La mayoría de los procedimientos sale bien. Si uno no sale bien, lo más común es que no cause ningún daño, y usted no queda peor que antes. Luego su equipo del corazón habla con usted sobre las otras opciones.
page-risks-pictures = ¿El médico va a tratar también una parte estrecha? Entonces su equipo del corazón también hablará con usted sobre esos riesgos.
page-risks-your-own = Su equipo del corazón hablará con usted sobre sus propios riesgos.

page-home-title = Volver a casa
page-home-when = { $urgency ->
        [emergency] Después de un infarto, usted se queda un tiempo en el hospital. La mayoría de las personas se queda 2 o 3 días.
       *[planned] La mayoría de las personas se va a casa el mismo día o al día siguiente.
    }
page-home-site-heading = { $access ->
        [groin] Su ingle
       *[wrist] Su muñeca
    }
page-home-site = { $access ->
        [groin] Es común tener un moretón en la ingle. Mírela cada día. Si sangra, acuéstese boca arriba, apriete fuerte sobre ella y llame al { $emergency }. ¿Tiene preguntas sobre su ingle? Llame a { $hospital }.
       *[wrist] Es común tener un moretón en la muñeca. Mírela cada día. Si sangra, apriete fuerte sobre ella y llame al { $emergency }. ¿Tiene preguntas sobre su muñeca? Llame a { $hospital }.
    }
page-home-lifting-heading = Levantar peso
page-home-lifting = { $urgency ->
        [emergency] Después de un infarto, pregunte a su equipo del corazón cuándo puede levantar cosas pesadas.
       *[planned] No levante cosas pesadas durante más o menos una semana, o más tiempo si su equipo del corazón se lo dice.
    }
page-home-driving-heading = Conducir
page-home-driving = { $urgency ->
        [emergency] Después de un infarto, pregunte a su equipo del corazón cuándo puede conducir.
       *[planned] No conduzca hasta que su equipo del corazón le diga que puede. Las normas no son iguales en todos los países. En el Reino Unido, por ejemplo, para un coche suele ser más o menos una semana.
    }
page-home-work-heading = Trabajo
page-home-work = { $urgency ->
        [emergency] Después de un infarto, pregunte a su equipo del corazón cuándo puede volver a trabajar.
       *[planned] La mayoría de las personas vuelve a trabajar después de más o menos una semana. Pregunte a su equipo del corazón qué es lo mejor para su trabajo.
    }
page-home-washing-heading = Ducha y baño
page-home-washing = Pregunte a su equipo del corazón cuándo puede ducharse o darse un baño.
page-home-active = Pregunte a su equipo del corazón cuándo puede levantar cosas pesadas, conducir y volver a trabajar.
page-home-number = Antes de irse a casa, pregunte a su equipo del corazón a qué número debe llamar si tiene preguntas.

page-medicines-title = Sus medicinas
page-medicines-why = { $treatment ->
        [angiogram] Pregunte a su equipo del corazón si necesita alguna medicina nueva. Ellos le dirán.
        [stent] Usted tomará medicinas contra los coágulos. Evitan que se formen coágulos de sangre en el stent.
       *[balloon] Usted tomará medicinas contra los coágulos. Evitan que se formen coágulos de sangre. Su equipo del corazón le dirá cuáles tomar.
    }
page-medicines-how-long = { $treatment ->
        [angiogram] Siga tomando sus medicinas de siempre. No deje de tomar ninguna a menos que su equipo del corazón se lo diga.
       *[other] La mayoría de las personas toma dos medicinas contra los coágulos a la vez durante un tiempo. Su equipo del corazón decide cuánto tiempo. Después, la mayoría de las personas sigue tomando una de ellas, muchas veces para el resto de su vida.
    }
page-medicines-as-told = Tómelas cada día, tal como le dice su equipo del corazón.
page-medicines-missed = Si se le olvida tomar una dosis, pregunte a su equipo del corazón qué debe hacer.
page-medicines-tell-others = Diga a cualquier otro médico o dentista que las toma. Si le dicen que deje de tomarlas, pregunte primero a su equipo del corazón.
page-medicines-bruising = { $access ->
        [groin] Las medicinas contra los coágulos pueden hacer que le salgan moretones con más facilidad, sobre todo si toma dos. Avise enseguida a su equipo del corazón si ve heces negras o sangre en la orina. Haga lo mismo si tiene un sangrado que no para. Si el sangrado es en el punto por donde entró el introductor, acuéstese boca arriba, apriete fuerte sobre él y llame al { $emergency }.
       *[wrist] Las medicinas contra los coágulos pueden hacer que le salgan moretones con más facilidad, sobre todo si toma dos. Avise enseguida a su equipo del corazón si ve heces negras o sangre en la orina. Haga lo mismo si tiene un sangrado que no para. Si el sangrado es en el punto por donde entró el introductor, apriete fuerte sobre él y llame al { $emergency }.
    }
page-medicines-if-treated = ¿El médico también le ensanchó la arteria? Entonces tomará nuevas medicinas contra los coágulos. Nunca deje de tomarlas sin preguntar antes a su equipo del corazón, y no deje que se le acaben. Antes de irse a casa, pida a su equipo del corazón la guía sobre ese tratamiento.

page-help-title = Pedir ayuda
page-help-bleeding-heading = { $access ->
        [groin] Si le sangra la ingle
       *[wrist] Si le sangra la muñeca
    }
page-help-press-picture = { $access ->
        [groin] Apriete fuerte con la mano sobre el punto de la parte de arriba de la pierna por donde entró el introductor.
       *[wrist] Apriete fuerte con dos dedos sobre el punto de la muñeca por donde entró el introductor.
    }
page-help-bleeding-press = { $access ->
        [groin] Acuéstese boca arriba. Apriete fuerte sobre la ingle, en el punto por donde entró el introductor.
       *[wrist] Apriete fuerte sobre la muñeca, en el punto por donde entró el introductor.
    }
page-help-bleeding-call = Siga apretando. Llame al { $emergency }, o pida a otra persona que llame por usted.
page-help-bleeding-keep = Siga apretando hasta que llegue la ayuda.
page-help-limb-heading = { $access ->
        [groin] Un bulto, o la pierna fría
       *[wrist] Un bulto, o la mano fría
    }
page-help-limb = { $access ->
        [groin] Llame al { $emergency } ahora mismo si le sale en la ingle un bulto más grande que una canica. Haga lo mismo si la pierna se le pone fría o pálida, o le duele.
       *[wrist] Llame al { $emergency } ahora mismo si le sale en la muñeca un bulto más grande que una canica. Haga lo mismo si la mano se le pone fría o pálida, o le duele.
    }
page-help-chest-heading = Dolor de pecho en casa
page-help-chest-rest = Deje lo que esté haciendo, y siéntese o acuéstese para descansar.
page-help-chest-spray = Si tiene un spray de nitroglicerina para el dolor de pecho, úselo como le enseñó su equipo del corazón.
page-help-chest-again = Si a los 5 minutos el dolor no ha mejorado, use el spray otra vez.
page-help-chest-call = Si todavía tiene dolor 5 minutos después de usar el spray por segunda vez, llame al { $emergency }. Podría ser un infarto.
page-help-chest-now = Llame al { $emergency } enseguida, sin esperar, si el dolor es muy fuerte. Llame también enseguida al { $emergency } si, junto con el dolor de pecho, suda, tiene ganas de vomitar o le falta el aire, aunque el dolor sea leve. Haga lo mismo si el dolor se extiende al brazo, al cuello, a la mandíbula o a la espalda.
page-help-chest-no-spray = ¿No tiene spray? Descanse. Si el dolor no se va en unos pocos minutos, llame al { $emergency }.
page-help-team-heading = Llame a su equipo del corazón si
page-help-team = { $access ->
        [groin] Se le queda dormida la ingle o la pierna. O el punto por donde entró el introductor se pone rojo o caliente, o le sale pus, o usted tiene fiebre. Llame a { $hospital }.
       *[wrist] Se le queda dormida la muñeca o la mano. O el punto por donde entró el introductor se pone rojo o caliente, o le sale pus, o usted tiene fiebre. Llame a { $hospital }.
    }

page-next-title = Lo que viene después
page-next-narrow = { $treatment ->
        [angiogram] Su equipo del corazón hablará con usted sobre lo que mostraron las imágenes. Le explican las opciones que tiene, y por qué.
        [stent] En algunas personas, la arteria se vuelve a estrechar. Esto es más probable en los primeros meses. Un stent cubierto de medicina hace que sea menos probable: pregunte a su equipo del corazón qué tipo de stent tiene. Si vuelve a tener dolor de pecho, o le vuelve a faltar el aire, dígaselo a su equipo del corazón.
       *[balloon] En algunas personas, la arteria se vuelve a estrechar. Esto es más probable en los primeros meses. Si vuelve a tener dolor de pecho, o le vuelve a faltar el aire, dígaselo a su equipo del corazón.
    }
page-next-aim = { $treatment ->
        [angiogram] Decidan lo que decidan juntos, estas cosas importan:
       *[other] { $urgency ->
            [emergency] El procedimiento abrió la arteria bloqueada. Para proteger su corazón de ahora en adelante, estas cosas importan:
           *[planned] Este procedimiento sirve sobre todo para aliviar el dolor de pecho. No se hace principalmente para evitar un infarto. Estas cosas ayudan a proteger su corazón:
        }
    }
page-next-medicines = Tome sus medicinas cada día.
page-next-check-ups = Vaya a todas sus citas de control.
page-next-habits = Mantenga hábitos sanos. Pregunte a su equipo del corazón cuáles le ayudan más.

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
check-end = Hable con su equipo del corazón sobre cualquier cosa que no le quede clara.
check-again = Empezar otra vez
check-awake-question = ¿Va a dormir durante el procedimiento?
check-awake-answer-1 = Sí, duerme todo el tiempo.
check-awake-answer-2 = No. Usted no se duerme, y le adormecen la piel.
check-awake-answer-3 = Duerme la mitad del tiempo.
check-awake-why = Usted no se duerme. Una aguja pequeña adormece la piel, y le pueden dar una medicina para ayudarle a relajarse.
check-stent-question = ¿Qué es un stent?
check-stent-answer-1 = Un armazón muy pequeño de malla de metal que mantiene abierta la arteria.
check-stent-answer-2 = Una pastilla que toma cada día.
check-stent-answer-3 = Un tipo de imagen de rayos X.
check-stent-why = Un stent es un armazón muy pequeño de malla. Se queda en la arteria para mantenerla abierta.
check-balloon-question = ¿Qué hace el globo muy pequeño?
check-balloon-answer-1 = Se queda en la arteria para siempre.
check-balloon-answer-2 = Toma imágenes de rayos X.
check-balloon-answer-3 = { $urgency ->
        [emergency] Aplasta el bloqueo para abrir la arteria.
       *[planned] Aplasta la placa para ensanchar la arteria.
    }
check-balloon-why = { $urgency ->
        [emergency] El globo se llena para aplastar el bloqueo. Luego se desinfla y se saca.
       *[planned] El globo se llena para aplastar la placa. Luego se desinfla y se saca.
    }
check-chest-pain-question = ¿Qué debe hacer si le duele el pecho durante el procedimiento?
check-chest-pain-answer-1 = No decir nada y esperar.
check-chest-pain-answer-2 = Intentar levantarse.
check-chest-pain-answer-3 = Avisar al equipo enseguida.
check-chest-pain-why = Puede que le duela el pecho mientras se llena el globo. Avise siempre al equipo, para que puedan ver cómo está y ayudarle.
check-ride-question = ¿Puede volver a casa conduciendo usted?
check-ride-answer-1 = Sí, si se siente bien.
check-ride-answer-2 = No. Alguien debe llevarle a casa.
check-ride-why = No debe volver a casa conduciendo usted. Antes del día, organice quién le llevará.
check-stay-question = Después de un infarto, ¿cuánto tiempo se queda en el hospital?
check-stay-answer-1 = Una hora.
check-stay-answer-2 = La mayoría de las personas se queda 2 o 3 días.
check-stay-answer-3 = Un mes.
check-stay-why = Después de un infarto, usted se queda un tiempo en el hospital. La mayoría de las personas se queda 2 o 3 días.
check-medicines-question = Usted se siente bien. ¿Puede dejar de tomar sus medicinas contra los coágulos?
check-medicines-answer-1 = No. Nunca deje de tomarlas sin preguntar a su equipo del corazón.
check-medicines-answer-2 = Sí, cuando se sienta bien.
check-medicines-answer-3 = Sí, después de una semana.
check-medicines-why = Sentirse bien no es una razón para dejar de tomarlas. Estas medicinas evitan que se formen coágulos. Deje de tomarlas solo si su equipo del corazón se lo dice, y no deje que se le acaben.
check-bleeding-question = { $access ->
        [groin] En casa, le empieza a sangrar la ingle. ¿Qué hace primero?
       *[wrist] En casa, le empieza a sangrar la muñeca. ¿Qué hace primero?
    }
check-bleeding-answer-1 = Esperar a ver si para.
check-bleeding-answer-2 = { $access ->
        [groin] Acostarse boca arriba, apretar fuerte donde sangra y seguir apretando. Llamar al { $emergency }, o pedir a otra persona que llame.
       *[wrist] Apretar fuerte donde sangra y seguir apretando. Llamar al { $emergency }, o pedir a otra persona que llame.
    }
check-bleeding-answer-3 = Irse a la cama.
check-bleeding-why = { $access ->
        [groin] Acuéstese boca arriba y apriete fuerte sobre la ingle. Llame al { $emergency }, o pida a otra persona que llame. Siga apretando hasta que llegue la ayuda.
       *[wrist] Apriete fuerte sobre la muñeca. Llame al { $emergency }, o pida a otra persona que llame. Siga apretando hasta que llegue la ayuda.
    }
check-limb-question = { $access ->
        [groin] En casa, la pierna se le pone fría y pálida. ¿Qué hace?
       *[wrist] En casa, la mano se le pone fría y pálida. ¿Qué hace?
    }
check-limb-answer-1 = Esperar un día a ver si mejora.
check-limb-answer-2 = Abrigarla e irse a la cama.
check-limb-answer-3 = Llamar al { $emergency } ahora mismo.
check-limb-why = { $access ->
        [groin] Si la pierna se pone fría o pálida, o le duele, necesita ayuda enseguida. Lo mismo si le sale en la ingle un bulto más grande que una canica. Llame al { $emergency } ahora mismo.
       *[wrist] Si la mano se pone fría o pálida, o le duele, necesita ayuda enseguida. Lo mismo si le sale en la muñeca un bulto más grande que una canica. Llame al { $emergency } ahora mismo.
    }
check-chest-home-question = En casa, tiene dolor de pecho. Descansa y usa su spray. A los 5 minutos no ha mejorado, así que lo usa otra vez. Pasados otros 5 minutos, todavía tiene dolor. ¿Qué hace?
check-chest-home-answer-1 = Esperar hasta la mañana.
check-chest-home-answer-2 = Llamar al { $emergency }. Podría ser un infarto.
check-chest-home-answer-3 = Salir a caminar.
check-chest-home-why = Si el dolor sigue 5 minutos después de usar el spray por segunda vez, necesita ayuda rápida. Llame al { $emergency }. Si el dolor es muy fuerte, llame enseguida.
check-angiogram-question = ¿Qué es una angiografía?
check-angiogram-answer-1 = Imágenes de rayos X de sus arterias, tomadas con un tinte.
check-angiogram-answer-2 = Un tipo de operación del corazón.
check-angiogram-answer-3 = Un análisis de sangre.
check-angiogram-why = Una angiografía es una serie de imágenes de rayos X. Un tinte hace que las arterias se vean.
check-results-question = ¿Qué pasa después de las imágenes?
check-results-answer-1 = Nada. Nunca le dicen nada de ellas.
check-results-answer-2 = Usted debe decidir sin ayuda.
check-results-answer-3 = Su equipo del corazón habla con usted sobre lo que muestran y las opciones.
check-results-why = Su equipo del corazón le explica lo que muestran las imágenes, las opciones que tiene, y por qué.
check-future-question = { $treatment ->
        [angiogram] ¿Las imágenes, por sí solas, tratan sus arterias?
       *[other] { $urgency ->
            [emergency] Ahora que la arteria está abierta, ¿es eso todo lo que tiene que hacer?
           *[planned] ¿Este procedimiento, por sí solo, le protege de los infartos?
        }
    }
check-future-answer-1 = No. Las medicinas, las citas de control y los hábitos sanos siguen siendo importantes.
check-future-answer-2 = { $treatment ->
        [angiogram] Sí, arreglan cualquier parte estrecha.
       *[other] { $urgency ->
            [emergency] Sí, no hace falta nada más.
           *[planned] Sí, para siempre.
        }
    }
check-future-why = { $treatment ->
        [angiogram] Las imágenes solas no tratan sus arterias. Para seguir bien, tome sus medicinas, vaya a sus citas de control y mantenga hábitos sanos.
       *[other] { $urgency ->
            [emergency] El procedimiento abrió la arteria bloqueada. Para mantener bien su corazón, tome sus medicinas, vaya a sus citas de control y mantenga hábitos sanos.
           *[planned] Sirve sobre todo para aliviar el dolor de pecho. Para ayudar a proteger su corazón, tome sus medicinas, vaya a sus citas de control y mantenga hábitos sanos.
        }
    }

page-handout-title = Su hoja para llevar
page-handout-intro = Esta página está hecha para imprimir. Muestra su tipo de procedimiento, paso a paso, y qué hacer después.
printout-for = Su procedimiento:
printout-print = Imprimir
printout-questions = Preguntas para mi equipo
printout-date = Fecha de mi procedimiento:
printout-ward = Teléfono de mi equipo del corazón:
printout-emergency = El número de emergencias:
printout-scan = Escanee el código con la cámara de un teléfono para ver la guía otra vez.

## De dónde vienen las palabras: una página, y una línea al pie de cada página y de la hoja para llevar
page-sources-title = De dónde viene esta información
sources = De dónde viene esta información
sources-short = Nuestra información viene del NHS, la BHF, Mayo Clinic y otras páginas de salud.
page-sources-intro = Escribimos esta guía con palabras sencillas a partir de páginas de salud de confianza. Es para cualquier persona que tenga este procedimiento. No habla solo de usted, así que pregunte siempre a su propio equipo del corazón.
sources-what-happens = El día del procedimiento: NHS, BHF y páginas de hospitales.
sources-before = Antes del día: Mayo Clinic.
sources-after = Volver a casa: NHS y folletos de hospitales.
sources-medicines = Sus medicinas: Mayo Clinic, Cleveland Clinic y páginas de hospitales.
sources-get-help = Pedir ayuda y dolor de pecho: NHS, BHF y folletos de hospitales.
sources-risks = Riesgos: NHS y Healthwise.
sources-consent = Su decisión y su consentimiento: NHS y Mayo Clinic.
sources-emergency = Procedimientos durante un infarto: la unidad del corazón de un hospital.
sources-next = Lo que viene después: AHA y Mayo Clinic.
sources-misunderstanding = Para qué sirve un procedimiento programado: estudios con pacientes.
sources-words = Lo que quieren decir las palabras médicas: las mismas páginas.
sources-seeds = Páginas de hospitales y clínicas sobre este procedimiento.
sources-nhs = NHS: el servicio público de salud del Reino Unido.
sources-bhf = BHF: la British Heart Foundation, una fundación británica del corazón.
sources-aha = AHA: la American Heart Association, una asociación del corazón de Estados Unidos.
sources-mayo = Mayo Clinic y Cleveland Clinic: grandes hospitales de Estados Unidos.
sources-healthwise = Healthwise: un grupo que escribe páginas de salud.
sources-reviewed = Este texto se revisó por última vez en diciembre de 2026.
sources-general = Todo lo que dice esta guía es general.
sources-clinic = { $name } añadió su propio nombre y sus números de teléfono. Todo lo demás en esta guía es general.
sources-clinic-numbers = Su clínica añadió sus propios números de teléfono. Todo lo demás en esta guía es general.

## Palabras que una persona puede tocar para ver un significado sencillo: las formas que toma cada una en el texto (separadas por comas),
## y luego su significado en una línea.
term-open = ¿Qué quiere decir "{ $word }"?
term-close = Cerrar
term-cath-lab = sala de cateterismo
term-cath-lab-means = La sala donde se hace el procedimiento, con una máquina de rayos X.
term-coronary-arteries = arterias coronarias
term-coronary-arteries-means = Las arterias sobre el corazón que llevan sangre al músculo del corazón.
term-artery = arteria, arterias
term-artery-means = Un vaso sanguíneo que lleva la sangre del corazón al cuerpo.
term-plaque = placa
term-plaque-means = Un depósito de grasa en la pared de dentro de una arteria.
term-angina = angina
term-angina-means = Dolor de pecho que aparece cuando el corazón no recibe suficiente sangre.
term-catheter = catéter
term-catheter-means = Un tubo largo, blando y fino que sube hasta el corazón.
term-sheath = introductor
term-sheath-means = Una funda corta y fina que se pone en la arteria. El catéter entra y sale a través de ella.
term-local-anaesthetic = adormece, adormecen
term-local-anaesthetic-means = Medicina que se pone en la piel para que no sienta dolor ahí. Usted no se duerme.
term-angiogram = angiografía
term-angiogram-means = Imágenes de rayos X de las arterias, tomadas con un tinte.
term-guidewire = alambre
term-guidewire-means = Un alambre muy fino y flexible que guía el globo y el stent.
term-balloon = globo
term-balloon-means = Un globo muy pequeño que avanza por el alambre. Se llena dentro de la arteria para ensancharla, y luego se saca.
term-stent = stent
term-stent-means = Un armazón muy pequeño de malla de metal que se queda en la arteria para mantenerla abierta.
term-antiplatelet = medicinas contra los coágulos
term-antiplatelet-means = Medicinas que evitan que se formen coágulos de sangre. Algunas personas las llaman medicinas para diluir la sangre.

## Las fichas del último paso, cada una abre su página
after-home = Volver a casa
after-medicines = Sus medicinas
after-help = Pedir ayuda
after-next = Lo que viene después
