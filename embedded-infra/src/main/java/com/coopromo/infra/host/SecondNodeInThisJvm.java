package com.coopromo.infra.host;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jmx.export.MBeanExporter;

/**
 * Lets a second store node's context start in a JVM that already runs one: Broadleaf registers its JMX beans under
 * fixed names (the JNDI {@code appName}, "broadleaf" without JNDI), which the second context would register again.
 * Its exporters skip names that are already taken. Only for tests that run two nodes in one JVM.
 */
public class SecondNodeInThisJvm implements BeanFactoryPostProcessor {
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (MBeanExporter.class.getName().equals(definition.getBeanClassName())) {
                definition.getPropertyValues().add("registrationBehaviorName", "REGISTRATION_IGNORE_EXISTING");
            }
        }
    }
}
