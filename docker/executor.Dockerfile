# The executor image: the `qrl serve` gateway and the q workers (`qrl-worker`). qlite is built in; a licensed
# q binary can be mounted (see .env.example). Builds from any Debian-like base, with or without Python, so it
# also builds from a local debootstrap image where Docker Hub is unreachable (tools/make_base_image.sh).
ARG BASE_IMAGE=python:3.11-slim-bookworm

FROM ${BASE_IMAGE} AS python
# A base without Python (debootstrap, CUDA) gets Debian's python3; python:* images keep their own.
RUN if ! command -v python3 >/dev/null; then \
      apt-get update \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-venv \
      && rm -rf /var/lib/apt/lists/*; \
    fi

FROM python AS build
# PIP_OFFLINE=1 installs only from docker/wheelhouse (filled on the host by docker/wheelhouse.sh).
ARG PIP_OFFLINE=0
ENV PIP_FIND_LINKS=/wheelhouse PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
COPY docker/wheelhouse/ /wheelhouse/
COPY docker/requirements.py pyproject.toml /src/
# Dependencies in a layer of their own, so a code change does not reinstall them.
RUN if [ "$PIP_OFFLINE" = 1 ]; then export PIP_NO_INDEX=1; fi \
    && python3 -m venv /opt/venv \
    && python3 /src/requirements.py /src/pyproject.toml executor > /src/requirements.txt \
    && /opt/venv/bin/pip install -q -r /src/requirements.txt
COPY . /src
RUN if [ "$PIP_OFFLINE" = 1 ]; then export PIP_NO_INDEX=1; fi \
    && /opt/venv/bin/pip install -q --no-deps /src \
    && /opt/venv/bin/python -c "import qrl.cli, executor"

FROM python
ENV PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 HOME=/tmp
# One unprivileged user for gateway and workers. /sock is where the socket volume mounts: it must exist
# owned by that user, or a worker cannot bind its socket there.
RUN useradd --uid 1000 --user-group --no-create-home --shell /usr/sbin/nologin qrl \
    && mkdir /sock && chown qrl:qrl /sock
COPY --from=build /opt/venv /opt/venv
COPY docker/qrl-worker.sh /usr/local/bin/qrl-worker
USER 1000:1000
WORKDIR /tmp
EXPOSE 8000
CMD ["qrl", "serve", "--host", "0.0.0.0", "--port", "8000"]
