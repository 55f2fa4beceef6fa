package org.springframework.web.servlet.mvc.method.annotation;

import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Test access to what Spring MVC does when a controller returns an emitter: attach the emitter to a "client" that
 * records what was written, on which thread, and can stop reading (its writes block, as Tomcat's do when the
 * client's socket buffer is full). In Spring's package because {@code ResponseBodyEmitter.Handler} is package-private.
 */
public final class EmitterClients {

    private EmitterClients() {
    }

    /** A client of one emitter. */
    public static final class Client {

        public final List<String> writes = new CopyOnWriteArrayList<>();
        public final List<String> threads = new CopyOnWriteArrayList<>();
        private final List<Runnable> completions = new CopyOnWriteArrayList<>();
        private volatile CountDownLatch reading = new CountDownLatch(0);
        public volatile boolean completed;

        /** From now on every write blocks until {@link #read()}. */
        public void stopReading() {
            reading = new CountDownLatch(1);
        }

        public void read() {
            reading.countDown();
        }

        private void write(String data) throws IOException {
            threads.add(Thread.currentThread().getName());
            try {
                reading.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            writes.add(data);
        }
    }

    /** Attaches {@code emitter} to a new client, as Spring MVC does once the controller returned it. */
    public static Client attach(ResponseBodyEmitter emitter) throws IOException {
        Client client = new Client();
        emitter.initialize(new ResponseBodyEmitter.Handler() {
            @Override
            public void send(Object data, MediaType mediaType) throws IOException {
                client.write(String.valueOf(data));
            }

            @Override
            public void send(Set<ResponseBodyEmitter.DataWithMediaType> items) throws IOException {
                StringBuilder text = new StringBuilder();
                items.forEach(item -> text.append(item.getData()));
                client.write(text.toString());
            }

            @Override
            public void complete() {
                client.completed = true;
                client.completions.forEach(Runnable::run);
            }

            @Override
            public void completeWithError(Throwable failure) {
                complete();
            }

            @Override
            public void onTimeout(Runnable callback) {
            }

            @Override
            public void onError(Consumer<Throwable> callback) {
            }

            @Override
            public void onCompletion(Runnable callback) {
                client.completions.add(callback);
            }
        });
        return client;
    }
}
